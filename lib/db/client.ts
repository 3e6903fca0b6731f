import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { noteQuery } from "./query-count";
import { retryRead, retryStart } from "./retry";

/**
 * A Prisma client on `@prisma/adapter-pg`. The app uses the singleton in lib/db; scripts (seed,
 * benchmarks) and tests create their own with an explicit URL.
 * `max` is the pool size: 1 for PGlite's socket server, which serves one connection at a time.
 */
export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: countingAdapter(new PrismaPg({ connectionString, max })) });
}

/**
 * A Prisma client on a pg pool that the caller can share (lib/jobs runs pg-boss on the same pool), so
 * one pool bounds every connection the process opens: `max` 1 on the embedded database.
 */
export function createSharedPoolClient(
  connectionString: string,
  max = 10,
): { prisma: PrismaClient; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString, max });
  // An idle connection the server drops (restart, failover, pg_terminate_backend) is removed by the
  // pool, which then emits "error": without a listener Node treats that as an uncaught exception and
  // the process dies. Prisma adds its own listener only once it has connected; the job queue may use
  // the pool before that. Nothing else to do: the next checkout opens a fresh connection.
  pool.on("error", () => undefined);
  const prisma = new PrismaClient({ adapter: countingAdapter(new PrismaPg(pool)) });
  return { prisma, pool };
}

// Every SQL statement passes through the driver adapter's queryRaw/executeRaw, in the async context
// of the code that asked for it, so counting there attributes statements to the right request.
// Outside transactions (`retryReads`), a read whose connection died is retried, and so is a BEGIN
// that met a dead connection (lib/db/retry.ts).
function countingQueryable<T extends object>(target: T, retryReads: boolean): T {
  return new Proxy(target, {
    get(obj, property, receiver) {
      const value = Reflect.get(obj, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "queryRaw" || property === "executeRaw") {
        return (...args: unknown[]) => {
          noteQuery();
          const sql = (args[0] as { sql?: unknown } | undefined)?.sql;
          if (!retryReads || property !== "queryRaw" || typeof sql !== "string")
            return value.apply(obj, args);
          return retryRead(sql, () => value.apply(obj, args));
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => {
          const start = () => value.apply(obj, args) as Promise<object>;
          return countingQueryable(await (retryReads ? retryStart(start) : start()), false);
        };
      }
      return value.bind(obj);
    },
  });
}

function countingAdapter(factory: PrismaPg): PrismaPg {
  return new Proxy(factory, {
    get(obj, property, receiver) {
      const value = Reflect.get(obj, property, receiver);
      if (property === "connect" && typeof value === "function") {
        return async () => countingQueryable(await value.apply(obj), true);
      }
      return typeof value === "function" ? value.bind(obj) : value;
    },
  });
}

export type { PrismaClient };
export { Prisma } from "@/lib/generated/prisma/client";
