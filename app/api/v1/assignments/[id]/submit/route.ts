import { handle } from "@/lib/http/handle";
import { submitResponseOperation } from "@/lib/responses/operations";
import { submitResponse } from "@/lib/responses/save";

export const POST = handle(submitResponseOperation, ({ actor, params, body, meta }) =>
  submitResponse(actor, params.id, body, meta),
);
