import { handle } from "@/lib/http/handle";
import { dischargeCoupleOperation } from "@/lib/discharge/operations";
import { dischargeCouple } from "@/lib/discharge/service";

export const POST = handle(dischargeCoupleOperation, ({ actor, params, body, meta }) =>
  dischargeCouple(actor, params.id, body, meta),
);
