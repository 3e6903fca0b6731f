import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrate } from "../../support/databases";
import { SCRIPT_TIMEOUT_MS, freshDatabase, query, runScript, type ScriptRun } from "../../support/scripts";

// `npm run setup` (scripts/setup.ts) as an operator runs it: a real child process against a database
// of its own. It makes exactly one practice and one admin with a working one-time link, or refuses
// and leaves the database as it found it.

const embedded = inject("mendEmbedded");
const cleanups: (() => Promise<void>)[] = [];
let migrated: string;

beforeAll(async () => {
  migrated = await freshDatabase(embedded, "mend_setup", cleanups);
  await migrate(migrated);
});

afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

type Options = { practice?: string; email?: string; name?: string; timeZone?: string; extra?: string[] };

/** `npm run setup -- --practice ... --admin-email ...` with the options given (none left out silently). */
const setup = (databaseUrl: string, options: Options): Promise<ScriptRun> => {
  const flags: [string, string | undefined][] = [
    ["--practice", options.practice],
    ["--admin-email", options.email],
    ["--admin-name", options.name],
    ["--time-zone", options.timeZone],
  ];
  const args = flags.flatMap(([flag, value]) => (value === undefined ? [] : [flag, value]));
  return runScript("scripts/setup.ts", databaseUrl, {
    args: [...args, ...(options.extra ?? [])],
    tsxArgs: ["--conditions=react-server"],
    env: { DATABASE_POOL_MAX: "1", NEXTAUTH_URL: "https://mend.example.org" },
  });
};

const LINK = /https:\/\/mend\.example\.org\/reset-password\?token=([A-Za-z0-9_-]{43})/;

/** Row counts of everything setup writes, to prove a refusal wrote nothing. */
async function footprint(databaseUrl: string) {
  const [row] = await query<{
    practices: number;
    users: number;
    tokens: number;
    audit: number;
    emails: number;
  }>(
    databaseUrl,
    `SELECT (SELECT count(*)::int FROM "Practice") AS practices, (SELECT count(*)::int FROM "User") AS users,
            (SELECT count(*)::int FROM "AuthToken") AS tokens, (SELECT count(*)::int FROM "AuditEvent") AS audit,
            (SELECT count(*)::int FROM "OutboxEmail") AS emails`,
  );
  return row!;
}

// Each test starts real processes (tsx, Prisma's WASM schema engine for the migrations): on a busy
// two-core CI machine that alone can pass the suite's 60 s hang guard, which is meant for in-process tests.
describe("npm run setup", { timeout: SCRIPT_TIMEOUT_MS }, () => {
  it("creates one practice and its admin, and prints a one-time link that opens the password page", async () => {
    const before = await footprint(migrated);
    const run = await setup(migrated, {
      practice: "Riverside Counseling",
      email: "Owner@Riverside.example",
      name: "Robin Owner",
      timeZone: "America/New_York",
    });
    expect(run.code, run.output).toBe(0);

    const practices = await query(
      migrated,
      `SELECT id, name, slug FROM "Practice" WHERE name = 'Riverside Counseling'`,
    );
    expect(practices).toEqual([expect.objectContaining({ slug: "riverside-counseling" })]);
    const practiceId = practices[0]!.id;
    const users = await query(
      migrated,
      `SELECT id, email, name, role, "timeZone", "passwordHash" FROM "User" WHERE "practiceId" = $1`,
      [practiceId],
    );
    expect(users).toEqual([
      expect.objectContaining({
        email: "owner@riverside.example",
        name: "Robin Owner",
        role: "ADMIN",
        timeZone: "America/New_York",
        passwordHash: null,
      }),
    ]);
    expect(await footprint(migrated)).toMatchObject({
      practices: before.practices + 1,
      users: before.users + 1,
      tokens: before.tokens + 1,
    });

    // The printed token is a live password-reset token of that admin (what /reset-password accepts).
    const token = LINK.exec(run.stdout)?.[1];
    expect(token, run.output).toBeDefined();
    const hash = createHash("sha256").update(token!, "utf8").digest("hex");
    const tokens = await query(
      migrated,
      `SELECT "userId", purpose, "usedAt", "expiresAt" > now() + interval '23 hours' AS "lastsADay"
         FROM "AuthToken" WHERE "tokenHash" = $1`,
      [hash],
    );
    expect(tokens).toEqual([
      { userId: users[0]!.id, purpose: "PASSWORD_RESET", usedAt: null, lastsADay: true },
    ]);

    const audit = await query(
      migrated,
      `SELECT action, "subjectId", "actorId" FROM "AuditEvent" WHERE "practiceId" = $1 ORDER BY action`,
      [practiceId],
    );
    expect(audit).toEqual([
      { action: "people.admin_created", subjectId: users[0]!.id, actorId: null },
      { action: "practice.created", subjectId: practiceId, actorId: null },
    ]);
    // Mail goes through the normal transport (the outbox here) and carries the same link.
    const emails = await query<{ text: string }>(migrated, `SELECT text FROM "OutboxEmail" WHERE "to" = $1`, [
      "owner@riverside.example",
    ]);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).toContain(`reset-password?token=${token}`);
  });

  it("refuses a second run for a different practice's name or an email with a password, and changes nothing", async () => {
    const first = await setup(migrated, { practice: "Lakeside Therapy", email: "lead@lakeside.example" });
    expect(first.code, first.output).toBe(0);
    const before = await footprint(migrated);

    // The admin has not chosen a password yet, but names another practice: told which one to name.
    const sameEmail = await setup(migrated, { practice: "Another Practice", email: "LEAD@lakeside.example" });
    expect(sameEmail.code).toBe(1);
    expect(sameEmail.output).toContain('run setup again with --practice "Lakeside Therapy"');
    expect(sameEmail.stdout).not.toMatch(LINK);

    const sameName = await setup(migrated, { practice: "lakeside  therapy", email: "new@lakeside.example" });
    expect(sameName.code).toBe(1);
    expect(sameName.output).toContain("already exists: nothing was created");

    // Once the password is chosen, running setup again for that email is refused outright.
    await query(migrated, `UPDATE "User" SET "passwordHash" = 'set' WHERE email = 'lead@lakeside.example'`);
    const withPassword = await setup(migrated, {
      practice: "Lakeside Therapy",
      email: "lead@lakeside.example",
    });
    expect(withPassword.code).toBe(1);
    expect(withPassword.output).toContain(
      "lead@lakeside.example already has a Mend account: nothing was created",
    );

    expect(await footprint(migrated)).toEqual(before);
  });

  it("re-issues the link of an admin who never chose a password: the old link stops working", async () => {
    const first = await setup(migrated, { practice: "Brookside Care", email: "lead@brookside.example" });
    expect(first.code, first.output).toBe(0);
    const oldToken = LINK.exec(first.stdout)![1]!;
    const again = await setup(migrated, { practice: "Brookside Care", email: "lead@brookside.example" });
    expect(again.code, again.output).toBe(0);
    expect(again.stdout).toContain("had not chosen a password yet: here is a fresh link");
    const newToken = LINK.exec(again.stdout)?.[1];
    expect(newToken).toBeDefined();
    expect(newToken).not.toBe(oldToken);
    const hash = (t: string) => createHash("sha256").update(t, "utf8").digest("hex");
    const tokens = await query<{ tokenHash: string; live: boolean }>(
      migrated,
      `SELECT "tokenHash", "usedAt" IS NULL AS live FROM "AuthToken" t JOIN "User" u ON u.id = t."userId"
        WHERE u.email = 'lead@brookside.example'`,
    );
    expect(tokens.find((t) => t.tokenHash === hash(oldToken))?.live).toBe(false);
    expect(tokens.find((t) => t.tokenHash === hash(newToken!))?.live).toBe(true);
    const practices = await query(migrated, `SELECT id FROM "Practice" WHERE name = 'Brookside Care'`);
    expect(practices).toHaveLength(1);
    const audit = await query(
      migrated,
      `SELECT action FROM "AuditEvent" WHERE "practiceId" = $1 ORDER BY action`,
      [practices[0]!.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      "people.admin_created",
      "people.setup_link_reissued",
      "practice.created",
    ]);
  });

  it("--clinician makes the admin a clinician too, in the practice's time zone", async () => {
    const run = await setup(migrated, {
      practice: "Solo Counseling",
      email: "me@solo.example",
      timeZone: "America/Denver",
      extra: ["--clinician"],
    });
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).toContain("also a clinician");
    const [admin] = await query(
      migrated,
      `SELECT u.role, u."alsoClinician", p."timeZone" FROM "User" u JOIN "Practice" p ON p.id = u."practiceId"
        WHERE u.email = 'me@solo.example'`,
    );
    expect(admin).toEqual({ role: "ADMIN", alsoClinician: true, timeZone: "America/Denver" });
  });

  it("refuses an unknown time zone or missing arguments before touching the database", async () => {
    const before = await footprint(migrated);
    const zone = await setup(migrated, {
      practice: "Hilltop Counseling",
      email: "a@hilltop.example",
      timeZone: "America/Atlantis",
    });
    expect(zone.code).toBe(2);
    expect(zone.output).toContain("--time-zone must be an IANA time zone");
    const missing = await setup(migrated, { practice: "Hilltop Counseling", extra: ["--bogus", "x"] });
    expect(missing.code).toBe(2);
    expect(missing.output).toContain("Usage: npm run setup");
    expect(await footprint(migrated)).toEqual(before);
  });

  it("refuses an unmigrated database and says to migrate first", async () => {
    const empty = await freshDatabase(embedded, "mend_setup_empty", cleanups);
    const run = await setup(empty, { practice: "Hilltop Counseling", email: "a@hilltop.example" });
    expect(run.code).toBe(1);
    expect(run.output).toContain("run npm run db:migrate first");
    const tables = await query(empty, `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    expect(tables).toEqual([]);
  });
});
