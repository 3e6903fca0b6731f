import { handle } from "@/lib/http/handle";
import { getResponseOperation, saveResponseOperation } from "@/lib/responses/operations";
import { saveDraft } from "@/lib/responses/save";
import { getResponse } from "@/lib/responses/service";

export const GET = handle(getResponseOperation, ({ actor, params, meta }) =>
  getResponse(actor, params.id, meta),
);
export const PUT = handle(saveResponseOperation, ({ actor, params, body }) =>
  saveDraft(actor, params.id, body),
);
