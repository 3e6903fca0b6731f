import { handle } from "@/lib/http/handle";
import { recordSafetyScreenOperation } from "@/lib/safety/operations";
import { recordSafetyScreen } from "@/lib/safety/service";

export const PUT = handle(recordSafetyScreenOperation, ({ actor, params, body, meta }) =>
  recordSafetyScreen(actor, params.id, body, meta),
);
