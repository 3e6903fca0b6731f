import { handle } from "@/lib/http/handle";
import { resetPasswordOperation } from "@/lib/auth/operations";
import { resetPassword } from "@/lib/auth/password/reset";

export const POST = handle(resetPasswordOperation, ({ body, meta }) => resetPassword(body, meta));
