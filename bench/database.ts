import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { syncContentPacks } from "@/lib/exercises/sync";
import { createDatabase, dropDatabases, migrate, withDatabase } from "../tests/support/databases";
import type { Sizes } from "./plan";
import { seedLargePractice, type SeedSummary } from "./seed";

export { assertLocalServer, serverUrlFromEnv } from "./guard";

// The benchmark's own databases on the server DATABASE_URL names: created, migrated, loaded with
// the exercise packs and seeded; dropped afterwards unless --keep.

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
