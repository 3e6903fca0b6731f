import { handle } from "@/lib/http/handle";
import { disableTwoFactorOperation } from "@/lib/auth/operations";
import { disableTwoFactor } from "@/lib/auth/two-factor/service";

export const POST = handle(disableTwoFactorOperation, async ({ actor, body, meta }) => {
  await disableTwoFactor(actor, body.code, meta);
  return { message: "Two-step verification is off." };
});
