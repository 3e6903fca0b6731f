import type pg from "pg";
import { hashPassword } from "@/lib/auth/password/hash";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import {
  answerTemplates,
  BENCH_PASSWORD,
  clientName,
  ids,
  planPractice,
  VARIANTS,
  type Plan,
  type Sizes,
} from "./plan";

// Seeds one large practice with bulk SQL (INSERT ... SELECT over generate_series and unnest'ed
// arrays; a few statements, no per-row round trips). The exercise packs must already be loaded
// (syncContentPacks): every assignment pins a real ExerciseVersion, and every stored answer is a
// valid answer to one of its prompts, so pages render as they would for a real practice.
//
// Distributions (see bench/plan.ts): each clinician has about clients/clinicians clients, couples
// spread evenly; every unit (an individual or a couple) had an appointment each week for the past
// 8 weeks and has one in the next 6 days; assignments are dealt round-robin over units, one every
// two weeks going back from the next appointment, in a mix of states: recent work mostly open or sent,
// older work mostly reviewed, a few withdrawn, some overdue.

export type SeedSummary = {
  sizes: Sizes;
  users: number;
  appointments: number;
  assignments: number;
  recipients: number;
  responses: number;
  revisions: number;
  comments: number;
  /** Prompt answers inside Response.answers (what "answers" means in the sizes). */
  answers: number;
  seconds: number;
};

const PAST_WEEKS = 8;

export async function seedLargePractice(
  client: pg.Client,
  sizes: Sizes,
  log: (line: string) => void = () => {},
): Promise<SeedSummary> {
  const started = Date.now();
  const plan = planPractice(sizes);
  const { rows: versionRows } = await client.query<{ id: string; definition: ExerciseDefinition }>(
    `SELECT DISTINCT ON (ev."exerciseId") ev.id, ev.definition
       FROM "ExerciseVersion" ev JOIN "Exercise" e ON e.id = ev."exerciseId"
      WHERE e.scope LIKE 'pack:%'
      ORDER BY ev."exerciseId", ev.version DESC`,
  );
  if (versionRows.length === 0) throw new Error("no exercise versions: load the content packs first");
  const templates = answerTemplates(versionRows);
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  // Prisma stores DateTime as UTC in "timestamp without time zone": now() must be read in UTC too.
  await client.query("SET TIME ZONE 'UTC'");
  await client.query("BEGIN");
  await client.query("SET LOCAL synchronous_commit = off");
  await insertPeople(client, plan, passwordHash);
  log(`  people: ${sizes.clinicians} clinicians, ${sizes.clients} clients, ${sizes.couples} couples`);
  await insertUnitsAndTemplates(client, plan, templates);
  await insertAppointments(client);
  await insertWork(client, sizes.assignments);
  await insertMessages(client);
  await client.query("COMMIT");
  await client.query("ANALYZE");

  const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
  const summary: SeedSummary = {
    sizes,
    users: await count(`SELECT count(*) AS n FROM "User" WHERE "practiceId" = '${ids.practice}'`),
    appointments: await count(
      `SELECT count(*) AS n FROM "Appointment" WHERE "practiceId" = '${ids.practice}'`,
    ),
    assignments: await count(`SELECT count(*) AS n FROM "Assignment" WHERE "practiceId" = '${ids.practice}'`),
    recipients: await count(`SELECT count(*) AS n FROM "AssignmentRecipient"`),
    responses: await count(`SELECT count(*) AS n FROM "Response"`),
    revisions: await count(`SELECT count(*) AS n FROM "ResponseRevision"`),
    comments: await count(`SELECT count(*) AS n FROM "Comment"`),
    answers: await count(
      `SELECT coalesce(sum((SELECT count(*) FROM jsonb_object_keys(answers))), 0) AS n FROM "Response"`,
    ),
    seconds: (Date.now() - started) / 1000,
  };
  return summary;
}

async function insertPeople(client: pg.Client, plan: Plan, passwordHash: string): Promise<void> {
  const { sizes } = plan;
  await client.query(
    `INSERT INTO "Practice" (id, name, slug, "assignmentLabel", "createdAt") VALUES ($1, 'Bench Counseling', 'bench', 'reflection', now())`,
    [ids.practice],
  );
  await client.query(
    `INSERT INTO "User" (id, "practiceId", role, email, name, "passwordHash", "timeZone", "createdAt", "updatedAt")
     SELECT 'bcl' || k, $1, 'CLINICIAN', 'clinician' || k || '@bench.mend.test', 'Dr. Bench Clinician ' || k, $2, 'America/Chicago', now(), now()
       FROM generate_series(0, $3::int - 1) AS k`,
    [ids.practice, passwordHash, sizes.clinicians],
  );
  await client.query(
    `INSERT INTO "ClinicianAuthorization" (id, "practiceId", "clinicianId", kind, profession, state, number, status, "expiresAt", "verifiedAt", "createdAt", "updatedAt")
     SELECT 'bla' || k || s, $1, 'bcl' || k, 'STATE_LICENSE', 'LMFT', s, 'BENCH-' || s || '-' || k, 'ACTIVE', now() + interval '2 years', now(), now(), now()
       FROM generate_series(0, $2::int - 1) AS k CROSS JOIN unnest(ARRAY['TN', 'VA']) AS s`,
    [ids.practice, sizes.clinicians],
  );
  await client.query(
    `INSERT INTO "User" (id, "practiceId", role, email, name, "passwordHash", "timeZone", "createdAt", "updatedAt")
     SELECT 'bcu' || i, $1, 'CLIENT', 'client' || i || '@bench.mend.test', n, $2, 'America/Chicago', now(), now()
       FROM unnest($3::int[], $4::text[]) AS t(i, n)`,
    [
      ids.practice,
      passwordHash,
      plan.clients.map((c) => c.index),
      plan.clients.map((c) => clientName(c.index)),
    ],
  );
  await client.query(
    `INSERT INTO "Couple" (id, "practiceId", "clinicianId", name, confidentiality, "createdAt")
     SELECT 'bcp' || j, $1, 'bcl' || k, n, 'NO_SECRETS', now() - interval '1 year'
       FROM unnest($2::int[], $3::int[], $4::text[]) AS t(j, k, n)`,
    [
      ids.practice,
      plan.couples.map((c) => c.index),
      plan.couples.map((c) => c.clinician),
      plan.couples.map(
        (c) => `${clientName(c.members[0]).split(" ")[0]} & ${clientName(c.members[1]).split(" ")[0]}`,
      ),
    ],
  );
  await client.query(
    `INSERT INTO "ClientProfile" ("userId", "practiceId", "clinicianId", "coupleId", "currentState", "locationAttestedAt", "consentAcceptedAt", "createdAt", "lastServiceAt")
     SELECT 'bcu' || i, $1, 'bcl' || k, CASE WHEN j IS NULL THEN NULL ELSE 'bcp' || j END, CASE WHEN i % 4 = 3 THEN 'VA' ELSE 'TN' END, now(), now() - interval '1 year', now() - interval '1 year', now() - interval '7 days'
       FROM unnest($2::int[], $3::int[], $4::int[]) AS t(i, k, j)`,
    [
      ids.practice,
      plan.clients.map((c) => c.index),
      plan.clients.map((c) => c.clinician),
      plan.clients.map((c) => c.couple),
    ],
  );
  await client.query(
    `INSERT INTO "ClientLocation" (id, "clientId", state, source, "attestedAt")
     SELECT 'bloc' || substr("userId", 4), "userId", "currentState", 'SELF_ATTESTED', now() FROM "ClientProfile" WHERE "practiceId" = $1`,
    [ids.practice],
  );
}

async function insertUnitsAndTemplates(
  client: pg.Client,
  plan: Plan,
  templates: ReturnType<typeof answerTemplates>,
): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE bench_unit (idx int PRIMARY KEY, clinician text, couple text, member_a text, member_b text) ON COMMIT DROP`,
  );
  await client.query(
    `INSERT INTO bench_unit SELECT idx, 'bcl' || k, CASE WHEN j IS NULL THEN NULL ELSE 'bcp' || j END, 'bcu' || a, CASE WHEN b IS NULL THEN NULL ELSE 'bcu' || b END
       FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[]) AS t(idx, k, j, a, b)`,
    [
      plan.units.map((u) => u.index),
      plan.units.map((u) => u.clinician),
      plan.units.map((u) => (u.kind === "couple" ? u.couple : null)),
      plan.units.map((u) => (u.kind === "couple" ? u.members[0] : u.client)),
      plan.units.map((u) => (u.kind === "couple" ? u.members[1] : null)),
    ],
  );
  await client.query(
    `CREATE TEMP TABLE bench_template (forcouple boolean, idx int, variant int, version_id text, persp_a text, persp_b text, answers_a jsonb, answers_b jsonb,
       PRIMARY KEY (forcouple, idx, variant)) ON COMMIT DROP`,
  );
  const rows = [
    ...templates.individual.map((t) => ({ ...t, forCouple: false })),
    ...templates.couple.map((t) => ({ ...t, forCouple: true })),
  ].flatMap((t) => Array.from({ length: VARIANTS }, (_, variant) => ({ ...t, variant })));
  await client.query(
    `INSERT INTO bench_template SELECT * FROM unnest($1::boolean[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::jsonb[])`,
    [
      rows.map((r) => r.forCouple),
      rows.map((r) => r.index),
      rows.map((r) => r.variant),
      rows.map((r) => r.versionId),
      rows.map((r) => r.perspectives[0]),
      rows.map((r) => r.perspectives[1]),
      rows.map((r) => r.answers[r.variant]![0]),
      rows.map((r) => r.answers[r.variant]![1]),
    ],
  );
}

async function insertAppointments(client: pg.Client): Promise<void> {
  // Week 0 is the next appointment (1-6 days ahead, 9:00-16:00 UTC-ish); weeks 1..8 went before it.
  await client.query(
    `INSERT INTO "Appointment" (id, "practiceId", "clinicianId", "clientId", "coupleId", "startsAt", "durationMinutes", modality, "createdAt")
     SELECT 'bss' || u.idx || '_' || w, $1, u.clinician, CASE WHEN u.couple IS NULL THEN u.member_a END, u.couple,
            date_trunc('day', now()) + ((u.idx % 6) + 1) * interval '1 day' + (14 + (u.idx / 6) % 8) * interval '1 hour' - w * interval '7 days',
            50, CASE WHEN u.idx % 3 = 0 THEN 'VIDEO' ELSE 'IN_PERSON' END::"AppointmentModality", now() - interval '1 year'
       FROM bench_unit u CROSS JOIN generate_series(0, $2::int) AS w`,
    [ids.practice, PAST_WEEKS],
  );
}

async function insertMessages(client: pg.Client): Promise<void> {
  // Every unit has a thread (an individual client's own; a couple's joint one and partner A's
  // private one) with 3 messages from the client, the newest unread by the clinician: the inbox
  // grows with the caseload (10x data: 10x threads and messages).
  await client.query(
    `INSERT INTO "MessageThread" (id, "practiceId", kind, key, "clientId", "coupleId", "lastMessageAt", "createdAt")
     SELECT 'bth' || u.idx || '_' || t.n, $1,
            CASE WHEN u.couple IS NULL THEN 'INDIVIDUAL' WHEN t.n = 0 THEN 'JOINT' ELSE 'PRIVATE' END::"ThreadKind",
            CASE WHEN u.couple IS NOT NULL AND t.n = 0 THEN 'couple:' || u.couple ELSE 'client:' || u.member_a END,
            CASE WHEN u.couple IS NOT NULL AND t.n = 0 THEN NULL ELSE u.member_a END,
            CASE WHEN u.couple IS NOT NULL AND t.n = 0 THEN u.couple END,
            now() - (u.idx % 48) * interval '1 hour', now() - interval '30 days'
       FROM bench_unit u CROSS JOIN generate_series(0, 1) AS t(n)
      WHERE t.n = 0 OR u.couple IS NOT NULL`,
    [ids.practice],
  );
  await client.query(
    `INSERT INTO "Message" (id, "practiceId", "threadId", "authorId", body, "idempotencyKey", "createdAt")
     SELECT 'bth' || u.idx || '_' || t.n || '_m' || m, $1, 'bth' || u.idx || '_' || t.n, u.member_a,
            'A message of about the usual length, written between appointments. ' || m,
            'bench-' || u.idx || '-' || t.n || '-' || m,
            now() - (u.idx % 48) * interval '1 hour' - (2 - m) * interval '10 minutes'
       FROM bench_unit u CROSS JOIN generate_series(0, 1) AS t(n) CROSS JOIN generate_series(0, 2) AS m
      WHERE t.n = 0 OR u.couple IS NOT NULL`,
    [ids.practice],
  );
}

async function insertWork(client: pg.Client, assignments: number): Promise<void> {
  // One row per assignment with everything the inserts below need. k = how many assignments back
  // from the newest this unit's one is (0 = due before the next appointment).
  await client.query(
    `CREATE TEMP TABLE bench_work ON COMMIT DROP AS
     SELECT a, u.idx AS unit, a / c.units AS k, u.clinician, u.couple, u.member_a, u.member_b,
            t.version_id, t.persp_a, t.persp_b, t.answers_a, t.answers_b,
            date_trunc('day', now()) + ((u.idx % 6) + 1) * interval '1 day' + interval '13 hours' - (a / c.units) * interval '14 days' AS due,
            abs(hashtext('w' || a)::bigint) AS h
       FROM generate_series(0, $1::int - 1) AS a
       CROSS JOIN (SELECT count(*)::int AS units FROM bench_unit) c
       CROSS JOIN (SELECT count(*) FILTER (WHERE forcouple AND variant = 0)::int AS nc,
                          count(*) FILTER (WHERE NOT forcouple AND variant = 0)::int AS ni FROM bench_template) tc
       JOIN bench_unit u ON u.idx = a % c.units
       JOIN bench_template t ON t.forcouple = (u.couple IS NOT NULL)
        AND t.idx = (a / c.units + u.idx) % CASE WHEN u.couple IS NOT NULL THEN tc.nc ELSE tc.ni END
        AND t.variant = a % ${VARIANTS}`,
    [assignments],
  );
  await client.query(
    `INSERT INTO "Assignment" (id, "practiceId", "clinicianId", "exerciseVersionId", "coupleId", note, "dueAt", status, "withdrawnAt", "createdAt", "updatedAt")
     SELECT 'ba' || a, $1, clinician, version_id, couple,
            CASE WHEN h % 5 = 0 THEN 'Take your time with this one; a few honest lines are enough.' END, due,
            CASE WHEN k >= 1 AND h % 100 < 3 THEN 'WITHDRAWN' ELSE 'ACTIVE' END::"AssignmentStatus",
            CASE WHEN k >= 1 AND h % 100 < 3 THEN due - interval '3 days' END,
            due - interval '7 days', due - interval '7 days'
       FROM bench_work`,
    [ids.practice],
  );
  // Copies: one per partner. State by recency: the newest mostly open, the last one mostly sent,
  // older ones mostly reviewed; some never sent (overdue).
  await client.query(
    `CREATE TEMP TABLE bench_copy ON COMMIT DROP AS
     SELECT w.a, m.member, 'br' || w.a || m.tag AS id, m.client, m.persp, m.answers, w.due, w.clinician, w.k,
            CASE
              WHEN w.k = 0 THEN CASE WHEN m.h % 10 < 5 THEN 'ASSIGNED' WHEN m.h % 10 < 8 THEN 'IN_PROGRESS' ELSE 'SUBMITTED' END
              WHEN w.k = 1 THEN CASE WHEN m.h % 10 < 4 THEN 'SUBMITTED' WHEN m.h % 10 < 7 THEN 'REVIEWED' WHEN m.h % 10 < 9 THEN 'ASSIGNED' ELSE 'IN_PROGRESS' END
              ELSE CASE WHEN m.h % 20 < 16 THEN 'REVIEWED' WHEN m.h % 20 < 18 THEN 'SUBMITTED' WHEN m.h % 20 < 19 THEN 'IN_PROGRESS' ELSE 'ASSIGNED' END
            END::"RecipientState" AS state,
            m.h
       FROM bench_work w
       CROSS JOIN LATERAL (
         SELECT 0 AS member, 'a' AS tag, w.member_a AS client, w.persp_a AS persp, w.answers_a AS answers, abs(hashtext('a' || w.a)::bigint) AS h
         UNION ALL
         SELECT 1, 'b', w.member_b, w.persp_b, w.answers_b, abs(hashtext('b' || w.a)::bigint) WHERE w.member_b IS NOT NULL
       ) m`,
  );
  await client.query(
    `ALTER TABLE bench_copy ADD COLUMN submitted timestamp(3), ADD COLUMN reviewed timestamp(3);
     UPDATE bench_copy SET submitted = least(now() - interval '1 hour', due - interval '1 day' - (h % 20) * interval '1 hour')
      WHERE state IN ('SUBMITTED', 'REVIEWED');
     UPDATE bench_copy SET reviewed = least(now() - interval '30 minutes', submitted + interval '2 days') WHERE state = 'REVIEWED';`,
  );
  await client.query(
    `INSERT INTO "AssignmentRecipient" (id, "assignmentId", "clientId", "perspectiveId", state, "submittedAt", "reviewedAt", "reviewedById", "createdAt")
     SELECT id, 'ba' || a, client, persp, state, submitted, reviewed, CASE WHEN reviewed IS NOT NULL THEN clinician END, due - interval '7 days' + member * interval '1 second'
       FROM bench_copy`,
  );
  await client.query(
    `INSERT INTO "Response" (id, "recipientId", answers, version, "updatedAt")
     SELECT 'bs' || substr(id, 3), id,
            CASE WHEN state = 'ASSIGNED' THEN '{}'::jsonb ELSE answers END,
            CASE WHEN state = 'ASSIGNED' THEN 0 WHEN state = 'IN_PROGRESS' THEN 1 + h % 5 ELSE 2 END,
            CASE WHEN submitted IS NOT NULL THEN submitted WHEN state = 'IN_PROGRESS' THEN now() - (h % 48) * interval '1 hour' ELSE due - interval '7 days' END
       FROM bench_copy`,
  );
  await client.query(
    `INSERT INTO "ResponseRevision" (id, "responseId", number, answers, "submittedAt")
     SELECT 'bv' || substr(id, 3), 'bs' || substr(id, 3), 1, answers, submitted FROM bench_copy WHERE submitted IS NOT NULL`,
  );
  await client.query(
    `INSERT INTO "Comment" (id, "practiceId", "assignmentId", "recipientId", "authorId", kind, body, "createdAt")
     SELECT 'bcm' || substr(id, 3), $1, 'ba' || a, id, clinician, CASE WHEN h % 20 = 0 THEN 'PRIVATE_NOTE' ELSE 'FEEDBACK' END::"CommentKind",
            'Thank you for putting this into words. Let us start here next time.', reviewed
       FROM bench_copy WHERE state = 'REVIEWED' AND h % 10 = 0`,
    [ids.practice],
  );
}
