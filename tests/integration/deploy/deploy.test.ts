import { afterEach, describe, expect, inject, it } from "vitest";
import { loadAllPacks } from "@/lib/exercises/load-pack";
import { DEMO_USERS } from "@/prisma/demo-data";
import { migrate } from "../../support/databases";
import { SCRIPT_TIMEOUT_MS, freshDatabase as emptyDatabase, query, runScript } from "../../support/scripts";

// The deploy path against a database nothing has touched: two deploy steps (scripts/deploy.ts)
// started at the same moment, as two replicas of a rolling deploy would, and `npm run db:seed` on a
// freshly migrated database. Both run as real child processes.
//
// On a PostgreSQL server the two steps run concurrently; they take turns through the advisory lock
// (scripts/deploy-step.ts). The embedded database (PGlite) belongs to the one process that serves it
// and cannot be shared by two deploying processes at all, so there the steps run one after the other.

const embedded = inject("mendEmbedded");
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const freshDatabase = () => emptyDatabase(embedded, "mend_deploy", cleanups);

// Each test starts real processes (tsx; Prisma's WASM schema engine for migrations): on a busy
// two-core CI machine that alone can pass the suite's 60 s hang guard, which is meant for in-process tests.
describe("the deploy path", { timeout: SCRIPT_TIMEOUT_MS }, () => {
  it("two deploy steps started together on a fresh database leave exactly one version per exercise", async () => {
    const url = await freshDatabase();
    const steps = embedded
      ? [await runScript("scripts/deploy.ts", url), await runScript("scripts/deploy.ts", url)]
      : await Promise.all([runScript("scripts/deploy.ts", url), runScript("scripts/deploy.ts", url)]);
    for (const step of steps) expect(step.code, step.output).toBe(0);

    const shipped = (await loadAllPacks()).reduce((n, pack) => n + pack.exercises.length, 0);
    const created = steps.map((step) => Number(/Exercise packs loaded \((\d+) new/.exec(step.output)?.[1]));
    // One step loaded everything; the other, after waiting its turn, found nothing left to do.
    expect(created.sort((a, b) => a - b)).toEqual([0, shipped]);
    const perExercise = await query<{ versions: number; numbers: number; hashes: number }>(
      url,
      `SELECT count(*)::int AS versions, count(DISTINCT version)::int AS numbers, count(DISTINCT "contentHash")::int AS hashes
         FROM "ExerciseVersion" GROUP BY "exerciseId"`,
    );
    expect(perExercise).toHaveLength(shipped);
    for (const row of perExercise) expect(row).toEqual({ versions: 1, numbers: 1, hashes: 1 });
  });

  it("`npm run db:seed` on a freshly migrated database loads the packs and seeds the demo practice", async () => {
    const url = await freshDatabase();
    await migrate(url);
    const seed = await runScript("prisma/seed.ts", url);
    expect(seed.code, seed.output).toBe(0);
    const users = await query<{ email: string }>(url, `SELECT email FROM "User" ORDER BY email`);
    expect(users.map((u) => u.email)).toEqual(
      expect.arrayContaining(Object.values(DEMO_USERS).map((u) => u.email)),
    );
    const [assignments] = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "Assignment"`);
    expect(assignments!.n).toBeGreaterThan(0);
    const duplicates = await query(
      url,
      `SELECT "exerciseId" FROM "ExerciseVersion" GROUP BY "exerciseId" HAVING count(*) > 1`,
    );
    expect(duplicates).toEqual([]);
  });
});
