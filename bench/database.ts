import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { syncContentPacks } from "@/lib/exercises/sync";
import { createDatabase, dropDatabases, migrate, withDatabase } from "../tests/support/databases";
import type { Sizes } from "./plan";
import { seedLargePractice, type SeedSummary } from "./seed";

// The benchmark's own databases on the server DATABASE_URL names: created, migrated, loaded with
// the exercise packs and seeded; dropped afterwards unless --keep.

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Benchmarks create, fill and drop databases: only on this machine, unless explicitly allowed. */
export function assertLocalServer(url: string, env: NodeJS.ProcessEnv = process.env): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host) && env.MEND_BENCH_ALLOW_REMOTE !== "1") {
    throw new Error(`Refusing to benchmark against a non-local database server (${host}). Set MEND_BENCH_ALLOW_REMOTE=1 to override.`);
  }
}

export function serverUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to a PostgreSQL server, e.g. postgresql://postgres@127.0.0.1:5432/postgres (the benchmark makes its own database there).");
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error("DATABASE_URL must be a postgresql:// URL (the benchmark needs a real PostgreSQL server).");
  return url;
}

export async function prepareDatabase(
  serverUrl: string,
  name: string,
  sizes: Sizes,
  log: (line: string) => void,
): Promise<{ url: string; summary: SeedSummary }> {
  const url = await createDatabase(serverUrl, name);
  await migrate(url);
  const prisma = createPrismaClient(url, 2);
  await syncContentPacks(prisma);
  await prisma.$disconnect();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const summary = await seedLargePractice(client, sizes, log);
    return { url, summary };
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await dropDatabases(serverUrl, [name]);
}

export { withDatabase };

export async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
  } finally {
    await client.end();
  }
}
