import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { dueSoonKey } from "@/lib/notifications/schemas";
import { ACCOUNT_E2E_USERS, DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo-data";
import { configuredServerUrl } from "../support/databases";
import { Browser } from "./browser";
import { startCluster, type Cluster } from "./cluster";

// Mend's one stateful part is PostgreSQL. Two production web instances (A and B, MEND_WORKER=off)
// and separate workers share one database, and every rule that must hold across instances does:
// revocation, role changes, the sign-in throttle, reminders sent once, stale draft saves refused.
// It needs a PostgreSQL server (TEST_DATABASE_URL or DATABASE_URL): the embedded one serves a
// single connection, so several processes cannot share it.

const serverUrl = configuredServerUrl();
let cluster: Cluster;
let db: PrismaClient;
let A: string;
let B: string;

const browser = () => new Browser(cluster.publicUrl);

async function signedIn(instance: string, email: string): Promise<Browser> {
  const b = browser();
  expect(await b.signIn(instance, email, DEMO_PASSWORD)).toBe("signed-in");
  return b;
}

async function until<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeoutMs = 45_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A new assignment for a demo client, straight in the database, of an exercise that asks for long text. */
async function assignTo(
  email: string,
  dueAt: Date,
): Promise<{ assignmentId: string; recipientId: string; clientId: string; promptId: string }> {
  const client = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, practiceId: true, clientProfile: { select: { clinicianId: true } } },
  });
  const [version] = await db.$queryRawUnsafe<{ id: string; promptId: string }[]>(
    `SELECT v.id, p->>'id' AS "promptId" FROM "ExerciseVersion" v JOIN "Exercise" e ON e.id = v."exerciseId",
       jsonb_array_elements(v.definition->'prompts') p
     WHERE e.scope LIKE 'pack:%' AND p->>'kind' = 'long_text' ORDER BY v.id LIMIT 1`,
  );
  const assignment = await db.assignment.create({
    data: {
      practiceId: client.practiceId,
      clinicianId: client.clientProfile!.clinicianId,
      exerciseVersionId: version!.id,
      dueAt,
      recipients: { create: { clientId: client.id } },
    },
    select: { id: true, recipients: { select: { id: true } } },
  });
  return {
    assignmentId: assignment.id,
    recipientId: assignment.recipients[0]!.id,
    clientId: client.id,
    promptId: version!.promptId,
  };
}

describe("many instances, one database", () => {
  beforeAll(async () => {
    // npm test runs this stage only with a PostgreSQL server: the embedded database serves one connection.
    if (!serverUrl)
      throw new Error("The multi-instance test needs a PostgreSQL server: set TEST_DATABASE_URL.");
    cluster = await startCluster(serverUrl);
    [A, B] = cluster.instances;
    db = createPrismaClient(cluster.databaseUrl, 2);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await cluster?.stop();
  });

  it("one session cookie works on both instances, and signing out everywhere on A is refused on B at once", async () => {
    const { email } = ACCOUNT_E2E_USERS.everywhere;
    const laptop = await signedIn(A, email);
    const phone = await signedIn(B, email);
    for (const device of [laptop, phone])
      for (const instance of [A, B]) expect((await device.me(instance)).status).toBe(200);

    expect((await laptop.fetch(A, "/api/v1/auth/sign-out-everywhere", { method: "POST" })).status).toBe(200);
    expect((await phone.me(B)).status).toBe(401);
    expect((await laptop.me(B)).status).toBe(401);
    expect((await phone.me(A)).status).toBe(401);
  });

  it("an admin's role change and deactivation on one instance apply on both", async () => {
    const admin = await signedIn(A, DEMO_USERS.admin.email);
    const casey = await signedIn(B, DEMO_USERS.tnOnly.email);
    const { id: caseyId, role } = await casey.me(A);
    expect(role).toBe("CLINICIAN");

    const promote = await admin.fetch(A, `/api/v1/people/${caseyId}/role`, {
      method: "PATCH",
      json: { role: "ADMIN" },
    });
    expect(promote.status).toBe(200);
    expect((await casey.me(B)).status).toBe(401);
    expect((await casey.me(A)).status).toBe(401);
    const again = await signedIn(B, DEMO_USERS.tnOnly.email);
    expect((await again.me(A)).role).toBe("ADMIN");
    expect((await again.me(B)).role).toBe("ADMIN");

    const jordan = await signedIn(A, DEMO_USERS.jordan.email);
    const { id: jordanId } = await jordan.me(B);
    expect((await admin.fetch(B, `/api/v1/people/${jordanId}/deactivate`, { method: "POST" })).status).toBe(
      200,
    );
    expect((await jordan.me(A)).status).toBe(401);
    expect((await jordan.me(B)).status).toBe(401);
    expect(await browser().signIn(A, DEMO_USERS.jordan.email, DEMO_PASSWORD)).toBe("refused");
  });

  it("the sign-in throttle counts failed attempts made to both instances together", async () => {
    const { email } = ACCOUNT_E2E_USERS.reset;
    const b = browser();
    // The per-account limit is 10 failures in 15 minutes: 5 on each instance use it up.
    for (let i = 0; i < 5; i++) {
      expect(await b.signIn(A, email, "not the password")).toBe("refused");
      expect(await b.signIn(B, email, "not the password")).toBe("refused");
    }
    // Even the right password is refused now, on either instance.
    expect(await b.signIn(A, email, DEMO_PASSWORD)).toBe("rate-limited");
    expect(await b.signIn(B, email, DEMO_PASSWORD)).toBe("rate-limited");
  });

  it("a stale draft save on B after a save on A answers 409", async () => {
    const { assignmentId, promptId } = await assignTo(
      DEMO_USERS.alex.email,
      new Date(Date.now() + 7 * 86_400_000),
    );
    const draftPath = `/api/v1/assignments/${assignmentId}/response`;
    const tabOnA = await signedIn(A, DEMO_USERS.alex.email);
    const tabOnB = await signedIn(B, DEMO_USERS.alex.email);
    const opened = (await (await tabOnB.fetch(B, draftPath)).json()) as { version: number };

    const saved = await tabOnA.fetch(A, draftPath, {
      method: "PUT",
      json: {
        version: opened.version,
        answers: { [promptId]: { value: "Written on the laptop", shared: false } },
      },
    });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { version: number }).version).toBe(opened.version + 1);

    const stale = await tabOnB.fetch(B, draftPath, {
      method: "PUT",
      json: {
        version: opened.version,
        answers: { [promptId]: { value: "Written on the phone", shared: false } },
      },
    });
    expect(stale.status).toBe(409);
    const { error } = (await stale.json()) as { error: { details: { reason: string; version: number } } };
    expect(error.details).toMatchObject({ reason: "stale", version: opened.version + 1 });
  });

  it("a due reminder is sent exactly once with two workers running", async () => {
    await cluster.startWorker();
    const dueAt = new Date(Date.now() + 2 * 3_600_000);
    const { recipientId, clientId: jamieId } = await assignTo(DEMO_USERS.jamie.email, dueAt);
    const key = dueSoonKey(recipientId, dueAt);

    // Two scans (both plan this reminder), and the same reminder queued twice more under other
    // queue keys, so that both workers may try to deliver it at the same moment.
    const boss = new PgBoss({
      connectionString: cluster.databaseUrl,
      schema: "pgboss",
      max: 2,
      supervise: false,
      schedule: false,
    });
    boss.on("error", () => undefined);
    await boss.start();
    try {
      await boss.send("notification-scan", {});
      await boss.send("notification-scan", {});
      const job = { kind: "due-soon", recipientId, dueAt: dueAt.toISOString() };
      await Promise.all([
        boss.send("notify", job, { singletonKey: `${key}#a` }),
        boss.send("notify", job, { singletonKey: `${key}#b` }),
      ]);
    } finally {
      await boss.stop({ graceful: false, close: true });
    }

    const outcomes = async () =>
      db.$queryRawUnsafe<{ state: string; outcome: string | null }[]>(
        "SELECT state::text, output->>'outcome' AS outcome FROM pgboss.job WHERE name = 'notify' AND data->>'recipientId' = $1",
        recipientId,
      );
    const scansDone = async () =>
      (
        await db.$queryRawUnsafe<{ open: number }[]>(
          "SELECT count(*)::int AS open FROM pgboss.job WHERE name = 'notification-scan' AND state < 'completed'",
        )
      )[0]!.open;
    await until(scansDone, (open) => open === 0, "both scans to finish");
    // Each finished scan has queued its notify job, or found the reminder already queued or sent.
    const finished = await until(
      outcomes,
      (rows) => rows.length >= 2 && rows.every((r) => r.state === "completed"),
      "every delivery of the reminder",
    );

    expect(finished.filter((r) => r.outcome === "sent")).toHaveLength(1);
    expect(finished.filter((r) => r.outcome !== "sent").every((r) => r.outcome === "duplicate")).toBe(true);
    expect(await db.notificationLog.count({ where: { key } })).toBe(1);
    // And whatever else the scans found due for Jamie went out once each too.
    expect(await db.outboxEmail.count({ where: { to: DEMO_USERS.jamie.email } })).toBe(
      await db.notificationLog.count({ where: { userId: jamieId } }),
    );
  });
});
