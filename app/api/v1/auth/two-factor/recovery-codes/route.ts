import { handle } from "@/lib/http/handle";
import { regenerateRecoveryCodesOperation } from "@/lib/auth/operations";
import { regenerateRecoveryCodes } from "@/lib/auth/two-factor/service";

export const POST = handle(regenerateRecoveryCodesOperation, ({ actor, body, meta }) => regenerateRecoveryCodes(actor, body.code, meta));
