import { handle } from "@/lib/http/handle";
import { markThreadReadOperation } from "@/lib/messages/operations";
import { markThreadRead } from "@/lib/messages/service";

export const POST = handle(markThreadReadOperation, ({ actor, params, body }) =>
  markThreadRead(actor, params.id, body),
);
