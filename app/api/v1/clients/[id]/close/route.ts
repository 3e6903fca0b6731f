import { handle } from "@/lib/http/handle";
import { closeClientOperation } from "@/lib/discharge/operations";
import { closeClientAccount } from "@/lib/discharge/service";

export const POST = handle(closeClientOperation, ({ actor, params, body, meta }) =>
  closeClientAccount(actor, params.id, body, meta),
);
