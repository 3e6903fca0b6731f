import { handle } from "@/lib/http/handle";
import { dischargeClientOperation } from "@/lib/discharge/operations";
import { dischargeClient } from "@/lib/discharge/service";

export const POST = handle(dischargeClientOperation, ({ actor, params, body, meta }) =>
  dischargeClient(actor, params.id, body, meta),
);
