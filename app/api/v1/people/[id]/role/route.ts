import { handle } from "@/lib/http/handle";
import { changeRoleOperation } from "@/lib/people/operations";
import { changeRole } from "@/lib/people/service";

export const PATCH = handle(changeRoleOperation, ({ actor, params, body, meta }) =>
  changeRole(actor, params.id, body, meta),
);
