import { handle } from "@/lib/http/handle";
import { confirmTwoFactorOperation } from "@/lib/auth/operations";
import { confirmTwoFactorSetup } from "@/lib/auth/two-factor/service";

export const POST = handle(confirmTwoFactorOperation, ({ actor, body, meta }) => confirmTwoFactorSetup(actor, body.code, meta));
