import { getClientOperation } from "@/lib/clients/operations";
import { getClient } from "@/lib/clients/caseload";
import { handle } from "@/lib/http/handle";

export const GET = handle(getClientOperation, ({ actor, params, meta }) => getClient(actor, params.id, meta));
