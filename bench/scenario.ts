import pg from "pg";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import { answersFor, BENCH_PASSWORD, ids, planPractice, type Sizes } from "./plan";
import { signIn } from "./server";

// Who the benchmark acts as, picked from the seeded practice: a client in a couple (home list),
// clinician 0 (dashboard, prep of their first couple, assignments list), and writers: clients who
// each own one open copy to autosave (one per connection, so versions never collide).

export type Writer = {
  clientId: string;
  email: string;
  assignmentId: string;
  cookie: string;
  answers: Record<string, { value: unknown; shared: boolean }>;
  textPromptId: string;
  textMax: number;
  version: number;
};

export type Subjects = {
  client: { id: string; email: string; cookie: string };
  clinician: { id: string; email: string; cookie: string };
  coupleId: string;
  writers: Writer[];
};

export function benchPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, options: "-c TimeZone=UTC" });
  pool.on("error", () => undefined); // an idle connection dropped by the server is simply replaced
  return pool;
}

/** Open copies (not reviewed, assignment active) of individual clients, one per client, newest first. */
export async function findWriters(
  pool: pg.Pool,
  count: number,
  options: { offset?: number } = {},
): Promise<Omit<Writer, "cookie">[]> {
  const { rows } = await pool.query<{
    clientId: string;
    email: string;
    assignmentId: string;
    perspectiveId: string | null;
    definition: ExerciseDefinition;
    version: number;
  }>(
    `SELECT * FROM (
       SELECT DISTINCT ON (r."clientId") r."clientId", u.email, a.id AS "assignmentId", r."perspectiveId", ev.definition, rs.version
         FROM "AssignmentRecipient" r
         JOIN "Assignment" a ON a.id = r."assignmentId"
         JOIN "ExerciseVersion" ev ON ev.id = a."exerciseVersionId"
         JOIN "User" u ON u.id = r."clientId"
         JOIN "Response" rs ON rs."recipientId" = r.id
        WHERE a."practiceId" = $1 AND a."coupleId" IS NULL AND a.status = 'ACTIVE' AND r.state <> 'REVIEWED'
          -- A standard measure has no text to type: a writer autosaves a reflection.
          AND NOT (ev.definition ? 'measure')
        ORDER BY r."clientId", a."dueAt" DESC
     ) w ORDER BY "clientId" OFFSET $2 LIMIT $3`,
    [ids.practice, options.offset ?? 0, count],
  );
  return rows.flatMap((row) => {
    const prompts = row.definition.perspectives
      ? (row.definition.perspectives.find((p) => p.id === row.perspectiveId)?.prompts ?? [])
      : (row.definition.prompts ?? []);
    const text = prompts.find((p) => p.kind === "long_text" || p.kind === "short_text");
    if (!text || (text.kind !== "long_text" && text.kind !== "short_text")) return [];
    return [
      {
        clientId: row.clientId,
        email: row.email,
        assignmentId: row.assignmentId,
        answers: answersFor(row.definition, row.perspectiveId, 0, false),
        textPromptId: text.id,
        textMax: text.maxLength,
        version: row.version,
      },
    ];
  });
}

export async function currentVersions(
  pool: pg.Pool,
  writers: readonly Pick<Writer, "clientId" | "assignmentId">[],
): Promise<number[]> {
  const { rows } = await pool.query<{ a: string; c: string; version: number }>(
    `SELECT ar."assignmentId" AS a, ar."clientId" AS c, rs.version
       FROM "AssignmentRecipient" ar JOIN "Response" rs ON rs."recipientId" = ar.id
      WHERE (ar."assignmentId", ar."clientId") IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [writers.map((w) => w.assignmentId), writers.map((w) => w.clientId)],
  );
  const byKey = new Map(rows.map((r) => [`${r.a}:${r.c}`, r.version]));
  return writers.map((w) => byKey.get(`${w.assignmentId}:${w.clientId}`) ?? 0);
}

export async function signInAll<T extends { email: string }>(
  baseUrl: string,
  people: readonly T[],
  parallel = 4,
): Promise<(T & { cookie: string })[]> {
  const out: (T & { cookie: string })[] = new Array(people.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, people.length) }, async () => {
      while (next < people.length) {
        const i = next++;
        out[i] = { ...people[i]!, cookie: await signIn(baseUrl, people[i]!.email, BENCH_PASSWORD) };
      }
    }),
  );
  return out;
}

export async function pickSubjects(
  baseUrl: string,
  pool: pg.Pool,
  sizes: Sizes,
  writerCount: number,
): Promise<Subjects> {
  const plan = planPractice(sizes);
  const couple = plan.couples[0];
  if (!couple) throw new Error("the benchmark needs at least one couple");
  const clientIndex = couple.members[0];
  const [client, clinician] = await signInAll(baseUrl, [
    { id: ids.client(clientIndex), email: ids.clientEmail(clientIndex) },
    { id: ids.clinician(couple.clinician), email: ids.clinicianEmail(couple.clinician) },
  ]);
  const writers = await signInAll(baseUrl, await findWriters(pool, writerCount));
  if (writers.length < writerCount)
    throw new Error(`only ${writers.length} open copies to autosave; need ${writerCount}`);
  return { client: client!, clinician: clinician!, coupleId: ids.couple(couple.index), writers };
}

/** The draft a writer sends: its answers with the text prompt changed, so every save writes. */
export function draftBody(writer: Writer, version: number, n: number): string {
  const text = `Still thinking about this, draft ${n}.`.slice(0, writer.textMax);
  return JSON.stringify({
    version,
    answers: { ...writer.answers, [writer.textPromptId]: { value: text, shared: false } },
  });
}

/** The version in a save's answer: 200 { version }, or 409 stale { error: { details: { version } } }. */
export function versionFrom(body: string): number | null {
  try {
    const parsed = JSON.parse(body) as { version?: unknown; error?: { details?: { version?: unknown } } };
    const v = parsed.version ?? parsed.error?.details?.version;
    return typeof v === "number" ? v : null;
  } catch {
    return null;
  }
}
