import { handle } from "@/lib/http/handle";
import { listMySessions } from "@/lib/auth/account/service";
import { listSessionsOperation } from "@/lib/auth/operations";

export const GET = handle(listSessionsOperation, async ({ actor }) => ({
  sessions: await listMySessions(actor),
}));
