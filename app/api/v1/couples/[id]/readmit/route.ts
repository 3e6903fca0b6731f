import { handle } from "@/lib/http/handle";
import { readmitCoupleOperation } from "@/lib/discharge/operations";
import { readmitCouple } from "@/lib/discharge/service";

export const POST = handle(readmitCoupleOperation, ({ actor, params, meta }) =>
  readmitCouple(actor, params.id, meta),
);
