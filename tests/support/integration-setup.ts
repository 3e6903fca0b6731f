import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, vi } from "vitest";
import { markConnectionCaptureInstalled } from "@/lib/http/request-meta";

// Runs in each worker before any test file is imported: point the app's one Prisma client at this
// worker's own database.
const urls = inject("mendDatabaseUrls");
const poolId = Number(process.env.VITEST_POOL_ID ?? "1");
process.env.DATABASE_URL = urls[(poolId - 1) % urls.length];
process.env.DATABASE_POOL_MAX = inject("mendEmbedded") ? "1" : "4";
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
process.env.NEXTAUTH_URL ??= "http://localhost:3000";
process.env.MAIL_TRANSPORT = "outbox";
// Route handlers are called directly, without a socket: the tests stand in for the connection
// capture (lib/http/connection-capture.ts), sending the client's address in the header it writes.
markConnectionCaptureInstalled();

// An unexpected console.error is a failing test: it usually means an error path we did not mean to
// take. Tests that expect one call allowConsoleError().
let allowed = false;
export function allowConsoleError(): void {
  allowed = true;
}

beforeEach(() => {
  allowed = false;
  vi.spyOn(console, "error");
});

// Test files that share a database (one per test worker) run one after another. Jobs an earlier
// file left queued (a message email delayed a minute, a retry backing off for half a minute) would
// otherwise run on this file's worker under this file's clock, or hold up its drained(): each file
// starts on an empty queue. Imported here, not above: the database URL is set first.
beforeAll(async () => {
  const { db } = await import("@/lib/db");
  const [row] = await db.$queryRaw<{ exists: boolean }[]>`
    SELECT to_regclass('pgboss.job') IS NOT NULL AS exists`;
  if (row?.exists) await db.$executeRaw`DELETE FROM pgboss.job WHERE state < 'completed'`;
});

// On the embedded database all files share one worker (no isolation): a file's vi.mock must not
// reach the next file.
afterAll(() => {
  vi.resetModules();
});

afterEach(() => {
  const calls = vi.mocked(console.error).mock.calls;
  vi.mocked(console.error).mockRestore();
  if (!allowed) expect(calls, "unexpected console.error").toEqual([]);
});
