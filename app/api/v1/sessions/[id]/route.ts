import { handle } from "@/lib/http/handle";
import { cancelSessionOperation, updateSessionOperation } from "@/lib/sessions/operations";
import { cancelSession, updateSession } from "@/lib/sessions/service";

export const PATCH = handle(updateSessionOperation, ({ actor, params, body }) => updateSession(actor, params.id, body));
export const DELETE = handle(cancelSessionOperation, ({ actor, params }) => cancelSession(actor, params.id));
