// When PostgreSQL drops connections (a restart, a failover, an admin's pg_terminate_backend), the
// pool replaces them by itself, but a statement already handed to a dying connection fails. A read
// outside a transaction can safely run again on a fresh connection, so it is retried (a few times,
// briefly), and so is starting a transaction whose BEGIN met a dead connection (nothing ran yet);
// writes and statements inside a transaction are not (the caller's transaction fails as a whole and
// nothing of it is kept). Pure: unit-tested in tests/unit/db/retry.test.ts.

/** SQLSTATEs of a connection that is gone: admin shutdown/termination, crash, connection failures. */
const CONNECTION_CODES = new Set(["57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"]);

const CONNECTION_MESSAGES =
  /Connection terminated|terminating connection|Client has encountered a connection error|Connection closed|ECONNRESET|EPIPE/i;

/** Whether an error (from pg, or from Prisma's pg adapter wrapping it) means the connection died. */
export function isConnectionError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; depth += 1) {
    const x = e as {
      code?: unknown;
      originalCode?: unknown;
      kind?: unknown;
      message?: unknown;
      cause?: unknown;
    };
    if (typeof x.code === "string" && CONNECTION_CODES.has(x.code)) return true;
    if (typeof x.originalCode === "string" && CONNECTION_CODES.has(x.originalCode)) return true;
    if (x.kind === "ConnectionClosed") return true;
    if (typeof x.message === "string" && CONNECTION_MESSAGES.test(x.message)) return true;
    e = x.cause;
  }
  return false;
}

const WRITES =
  /\b(INSERT|UPDATE|DELETE|MERGE|TRUNCATE|COPY|CALL|DO|LOCK|NEXTVAL|SETVAL|PG_ADVISORY_\w+|PG_TERMINATE_BACKEND|PG_CANCEL_BACKEND)\b|\bFOR\s+(NO\s+KEY\s+)?(UPDATE|SHARE|KEY\s+SHARE)\b/i;

/** A statement that only reads (a plain SELECT, or WITH ... SELECT without data-modifying parts). */
export function isIdempotentRead(sql: string): boolean {
  const head = sql.trimStart().slice(0, 6).toUpperCase();
  if (head !== "SELECT" && !head.startsWith("WITH")) return false;
  return !WRITES.test(sql);
}

export const READ_RETRIES = 3;

/** Runs `attempt`; a read that failed because its connection died runs again (up to READ_RETRIES times). */
export async function retryRead<T>(
  sql: string,
  attempt: () => Promise<T>,
  wait: (ms: number) => Promise<void> = sleep,
): Promise<T> {
  for (let tries = 0; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= READ_RETRIES || !isIdempotentRead(sql) || !isConnectionError(error)) throw error;
      // Give the pool a moment to see the other dropped connections before picking one again.
      await wait(20 * (tries + 1));
    }
  }
}

/** Starts a transaction; when BEGIN met a dead connection (nothing has run), tries a fresh one. */
export async function retryStart<T>(
  attempt: () => Promise<T>,
  wait: (ms: number) => Promise<void> = sleep,
): Promise<T> {
  for (let tries = 0; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= READ_RETRIES || !isConnectionError(error)) throw error;
      await wait(20 * (tries + 1));
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
