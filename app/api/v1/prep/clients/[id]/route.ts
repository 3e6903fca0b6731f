import { handle } from "@/lib/http/handle";
import { getClientPrepOperation } from "@/lib/prep/operations";
import { getClientPrep } from "@/lib/prep/service";

export const GET = handle(getClientPrepOperation, ({ actor, params, meta }) =>
  getClientPrep(actor, params.id, meta),
);
