import { spawn } from "node:child_process";
import { createPrismaClient } from "@/lib/db/client";
import { syncContentPacks } from "@/lib/exercises/sync";
import pg from "pg";
import { withSchemaEngine } from "./prisma-env.mjs";

// The deploy step (scripts/deploy.ts, and `npm start` / `npm run demo` through scripts/run.ts):
// apply migrations, then load new versions of the shipped exercise packs.
//
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

/**
 * `prisma migrate deploy` against `databaseUrl` (its output goes into the error when it fails).
 * Asynchronous on purpose: the embedded database is served from the calling process (scripts/run.ts),
 * so blocking the event loop while the CLI talks to it would deadlock.
 */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  const cli = require.resolve("prisma/build/index.js");
  const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
    env: withSchemaEngine({ ...process.env, DATABASE_URL: databaseUrl }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`Could not apply database migrations:\n${output}`.trim());
}

/** Packs only (the caller has migrated), under the deploy lock. */
export async function loadPacksLocked(databaseUrl: string): Promise<{ created: number }> {
  return withDeployLock(databaseUrl, () => loadPacks(databaseUrl));
}

async function loadPacks(databaseUrl: string): Promise<{ created: number }> {
  const db = createPrismaClient(databaseUrl, 1);
  try {
    return await syncContentPacks(db);
  } finally {
    await db.$disconnect();
  }
}

/**
 * Migrations then packs. `lock: false` only for the embedded database, which this one process owns
 * (nothing can race it) and which serves too few connections for a lock connection beside the
 * migration's.
 */
export async function runDeployStep(
  databaseUrl: string,
  options: { lock?: boolean } = {},
): Promise<{ created: number }> {
  const step = async () => {
    await migrateDatabase(databaseUrl);
    return loadPacks(databaseUrl);
  };
  return options.lock === false ? step() : withDeployLock(databaseUrl, step);
}
