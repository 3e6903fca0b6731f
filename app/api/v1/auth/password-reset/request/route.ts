import { handle } from "@/lib/http/handle";
import { requestPasswordResetOperation } from "@/lib/auth/operations";
import { requestPasswordReset } from "@/lib/auth/password/reset";

export const POST = handle(requestPasswordResetOperation, ({ body, meta }) =>
  requestPasswordReset(body, meta),
);
