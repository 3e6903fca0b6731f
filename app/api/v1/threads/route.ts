import { handle } from "@/lib/http/handle";
import { listThreadsOperation, openThreadOperation } from "@/lib/messages/operations";
import { listThreads, openThread } from "@/lib/messages/service";

export const GET = handle(listThreadsOperation, ({ actor, query, meta }) => listThreads(actor, query, meta));
export const POST = handle(openThreadOperation, ({ actor, body, meta }) => openThread(actor, body, meta));
