import { handle } from "@/lib/http/handle";
import { updateThreadOperation } from "@/lib/messages/operations";
import { setThreadArchived } from "@/lib/messages/service";

export const PATCH = handle(updateThreadOperation, ({ actor, params, body }) =>
  setThreadArchived(actor, params.id, body.archived),
);
