import { handle } from "@/lib/http/handle";
import { changePassword } from "@/lib/auth/account/service";
import { changePasswordOperation } from "@/lib/auth/operations";

export const POST = handle(changePasswordOperation, ({ actor, body, meta }) =>
  changePassword(actor, body, meta),
);
