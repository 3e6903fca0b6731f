// SQL statements per request, counted in-process: the same service functions each route calls,
// with an Actor resolved the way every request resolves it (resolveSession on a real session row),
// each call wrapped in countQueries (lib/db/query-count.ts counts every statement at the driver
// adapter). Run by bench/run.ts as a child process with `tsx --conditions=react-server` (the
// services are "server-only" modules) and DATABASE_URL pointing at the benchmark database.
//
// Why in-process and not a header from the running server: the count needs no code in the app's
// request path, and it counts exactly the statements of one request's data work. What it leaves
// out is only what Next.js itself does (no SQL).
//
// Input: a JSON argument (see CountInput). Output: one JSON line on stdout.
import { getClientHome } from "@/lib/clients/home";
import { listCaseload } from "@/lib/clients/queries";
import { listAssignments, listMyAssignments } from "@/lib/assignments/service";
import { openAuthSession, resolveSession } from "@/lib/auth/sessions/store";
import { getDashboard } from "@/lib/dashboard/service";
import { dbPool } from "@/lib/db";
import { countQueries } from "@/lib/db/query-count";
import { licenceWarnings } from "@/lib/licences/service";
import { getMyLocation } from "@/lib/locations/service";
import { listThreads, unreadMessageTotal } from "@/lib/messages/service";
import type { Actor } from "@/lib/policy/actor";
import { getCouplePrep } from "@/lib/prep/service";
import { saveDraft } from "@/lib/responses/save";
import { getClientResponse } from "@/lib/responses/service";

export type CountInput = {
  clientId: string;
  clinicianId: string;
  coupleId: string;
  writer: {
    clientId: string;
    assignmentId: string;
    answers: Record<string, { value: unknown; shared: boolean }>;
    textPromptId: string;
  };
};

export type QueryCounts = {
  home: number;
  autosave: number;
  dashboard: number;
  prep: number;
  list: number;
  inbox: number;
};

async function actorFor(
  userId: string,
  role: "CLIENT" | "CLINICIAN",
): Promise<{ sessionId: string; version: number; actor: Actor }> {
  const sessionId = await openAuthSession(userId, role, "bench");
  const resolved = await resolveSession(sessionId, 1);
  if (!resolved) throw new Error(`no session for ${userId}`);
  return { sessionId, version: 1, actor: resolved.actor };
}

/** One request: the session check every request makes, then the route's own service calls. */
async function perRequest(
  session: { sessionId: string; version: number },
  work: (actor: Actor) => Promise<unknown>,
): Promise<number> {
  // Twice, and the second count is kept: the first may include one-off work (the session's
  // lastSeenAt touch, which happens at most every 20 seconds per session).
  let queries = 0;
  for (let i = 0; i < 2; i += 1) {
    ({ queries } = await countQueries(async () => {
      const resolved = await resolveSession(session.sessionId, session.version);
      if (!resolved) throw new Error("session ended");
      await work(resolved.actor);
    }));
  }
  return queries;
}

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? "{}") as CountInput;
  const client = await actorFor(input.clientId, "CLIENT");
  const clinician = await actorFor(input.clinicianId, "CLINICIAN");
  const writer = await actorFor(input.writer.clientId, "CLIENT");

  const counts: QueryCounts = {
    // app/(client)/home/page.tsx (the layout's requirePageActor shares the request's session read)
    home: await perRequest(client, (actor) =>
      Promise.all([getClientHome(actor), getMyLocation(actor), listMyAssignments(actor)]),
    ),
    // PUT /api/v1/assignments/{id}/response (counted below: the current version is read first, outside the count)
    autosave: 0,
    // app/(clinician)/dashboard/page.tsx
    dashboard: await perRequest(clinician, (actor) =>
      Promise.all([getDashboard(actor), listCaseload(actor), licenceWarnings(actor)]),
    ),
    // GET /api/v1/prep/couples/{id}
    prep: await perRequest(clinician, (actor) => getCouplePrep(actor, input.coupleId)),
    // GET /api/v1/assignments
    list: await perRequest(clinician, (actor) => listAssignments(actor, {})),
    // app/(clinician)/inbox/page.tsx (with the layout's unread count)
    inbox: await perRequest(clinician, (actor) =>
      Promise.all([listThreads(actor, {}), unreadMessageTotal(actor)]),
    ),
  };
  counts.autosave = await (async () => {
    let queries = 0;
    for (let i = 0; i < 2; i += 1) {
      const resolved = await resolveSession(writer.sessionId, writer.version);
      const current = await getClientResponse(resolved!.actor, input.writer.assignmentId);
      const answers = {
        ...input.writer.answers,
        [input.writer.textPromptId]: { value: `count ${i} ${Date.now()}`, shared: false },
      };
      ({ queries } = await countQueries(async () => {
        const again = await resolveSession(writer.sessionId, writer.version);
        await saveDraft(again!.actor, input.writer.assignmentId, { version: current.version, answers });
      }));
    }
    return queries;
  })();
  process.stdout.write(`${JSON.stringify(counts)}\n`);
  await dbPool().end();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
