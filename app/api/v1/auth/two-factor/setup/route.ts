import { handle } from "@/lib/http/handle";
import { beginTwoFactorOperation } from "@/lib/auth/operations";
import { beginTwoFactorSetup } from "@/lib/auth/two-factor/service";

export const POST = handle(beginTwoFactorOperation, async ({ actor }) => {
  const { secret, uri } = await beginTwoFactorSetup(actor);
  return { secret, uri };
});
