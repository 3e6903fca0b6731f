import { handle } from "@/lib/http/handle";
import { getCouplePrepOperation } from "@/lib/prep/operations";
import { getCouplePrep } from "@/lib/prep/service";

export const GET = handle(getCouplePrepOperation, ({ actor, params, meta }) =>
  getCouplePrep(actor, params.id, meta),
);
