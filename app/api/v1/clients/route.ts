import { listClientsOperation } from "@/lib/clients/operations";
import { listClients } from "@/lib/clients/caseload";
import { handle } from "@/lib/http/handle";

export const GET = handle(listClientsOperation, ({ actor, meta }) => listClients(actor, meta));
