import "server-only";
import PgBoss from "pg-boss";
import type pg from "pg";
import { dbPool } from "@/lib/db";
import { logError } from "@/lib/log";
import { ALL_QUEUES, type QueueDefinition } from "./queues";

// pg-boss on the app's own pg pool (lib/db `dbPool()`), never a pool of its own: the embedded
// database (PGlite) serves one connection at a time and two pools corrupt each other, and on a real
// server DATABASE_POOL_MAX then bounds every connection a process opens.
//
// Why the pool and not Prisma's `$queryRawUnsafe`: pg-boss sends multi-statement scripts
// (`BEGIN; SET LOCAL ...; SELECT pg_advisory_xact_lock(...); ...; COMMIT;`) for its schema
// creation, migrations and maintenance, and reads rows in node-postgres' shapes (counts as strings,
// json as objects). Prisma's raw queries take one statement and convert types, so they cannot carry
// those scripts; the shared pool runs them exactly as pg-boss's own pool would.
//
// Never call pg-boss from inside a Prisma interactive transaction when the pool has one connection:
// the transaction holds it and pg-boss would wait for it (send after the commit instead).

/** A pg-boss `db` that runs each statement on a connection borrowed from `pool`. */
export function sharedPoolDb(pool: pg.Pool): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      const client = await pool.connect();
      try {
        return await client.query(text, values);
      } catch (error) {
        // A failed `BEGIN; ...; COMMIT;` script leaves its transaction open on this connection:
        // close it before the connection goes back to the pool.
        if (/^\s*BEGIN\b/i.test(text)) await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

export type BossOptions = {
  /** Run cron schedules (the worker does; a send-only instance does not). */
  schedule?: boolean;
  /** Run maintenance: expire stuck jobs (a worker killed mid-job), archive and delete old ones. */
  supervise?: boolean;
  maintenanceIntervalSeconds?: number;
  pollingIntervalSeconds?: number;
};

export function createBoss(options: BossOptions = {}): PgBoss {
  const boss = new PgBoss({
    db: sharedPoolDb(dbPool()),
    schema: "pgboss",
    schedule: options.schedule ?? false,
    supervise: options.supervise ?? false,
    migrate: true,
    ...(options.maintenanceIntervalSeconds
      ? { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds }
      : {}),
    ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
    // Completed jobs carry ids only, but there is no reason to keep them long.
    deleteAfterDays: 7,
  });
  // pg-boss reports polling and maintenance failures as events; never with job data in our logs.
  boss.on("error", (error) => logError("jobs.error", error));
  return boss;
}

/** Creates missing queues and brings existing ones to the current retry policy. */
export async function ensureQueues(
  boss: PgBoss,
  overrides: Partial<Record<string, Partial<QueueDefinition>>> = {},
): Promise<void> {
  for (const base of ALL_QUEUES) {
    const q = { ...base, ...overrides[base.name] };
    const options = {
      name: q.name,
      policy: q.policy,
      retryLimit: q.retryLimit,
      retryDelay: q.retryDelay,
      retryBackoff: q.retryBackoff,
      expireInSeconds: q.expireInSeconds,
    };
    if (await boss.getQueue(q.name)) await boss.updateQueue(q.name, options);
    else await boss.createQueue(q.name, options);
  }
}

// One pg-boss per process for sending: the running worker's when this process runs one, else a
// send-only instance (no polling, no schedules, no maintenance) on the same shared pool.
const globalForBoss = globalThis as unknown as { mendBoss?: Promise<PgBoss> };

/** The process's pg-boss, started, with every queue present. */
export function getBoss(): Promise<PgBoss> {
  globalForBoss.mendBoss ??= (async () => {
    const boss = createBoss();
    await boss.start();
    await ensureQueues(boss);
    return boss;
  })().catch((error: unknown) => {
    globalForBoss.mendBoss = undefined;
    throw error;
  });
  return globalForBoss.mendBoss;
}

/** The worker registers its own instance as the process's sender. */
export function setSendingBoss(boss: PgBoss | null): void {
  globalForBoss.mendBoss = boss ? Promise.resolve(boss) : undefined;
}
