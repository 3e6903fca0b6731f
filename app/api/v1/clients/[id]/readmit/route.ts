import { handle } from "@/lib/http/handle";
import { readmitClientOperation } from "@/lib/discharge/operations";
import { readmitClient } from "@/lib/discharge/service";

export const POST = handle(readmitClientOperation, ({ actor, params, meta }) =>
  readmitClient(actor, params.id, meta),
);
