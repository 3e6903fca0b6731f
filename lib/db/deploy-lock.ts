import pg from "pg";

// Two app instances starting at once against one database (a rolling deploy, two replicas) must not
// both migrate and load the exercise packs: loading is "read the latest version, write the next",
// which two loaders racing turn into a unique-constraint failure (or, without the constraint, two
// copies of one version). Everything that migrates or loads packs runs inside withDeployLock: a
// session-level PostgreSQL advisory lock held on a connection of its own (not one from a pool,
// which could hand the unlock to another session), so the second instance waits for the first and
// then finds nothing left to do.

/** The advisory-lock key for deploy steps: any constant no other code uses ("mend" in ASCII). */
export const DEPLOY_LOCK_KEY = 0x6d656e64;

export async function withDeployLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "mend-deploy-lock" });
  // A dropped lock connection ends the lock; the work then fails on its own connection or finishes.
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [DEPLOY_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [DEPLOY_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
