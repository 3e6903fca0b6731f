import { handle } from "@/lib/http/handle";
import { createSessionOperation, listSessionsOperation } from "@/lib/sessions/operations";
import { createSession, listSessions } from "@/lib/sessions/service";

export const GET = handle(listSessionsOperation, async ({ actor, query }) => ({
  sessions: await listSessions(actor, {
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    includeCancelled: query.includeCancelled === "true",
  }),
}));

export const POST = handle(createSessionOperation, ({ actor, body }) => createSession(actor, body));
