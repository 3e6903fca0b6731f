import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { syncContentPacks } from "@/lib/exercises/sync";
import { seedDemo } from "@/prisma/seed-demo";
import {
  assertLocal,
  configuredServerUrl,
  createDatabase,
  dropDatabases,
  freePort,
  migrate,
  runId,
} from "../tests/support/databases";
import { e2eDatabaseUrlFile } from "../tests/support/e2e-database-file";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-db";

// Playwright's web server: a production build of Mend on a freshly seeded database of its own
// (on TEST_DATABASE_URL/DATABASE_URL's server, else an in-memory embedded PostgreSQL), dropped when
// Playwright stops it. E2E_PORT and NEXT_DIST_DIR let several runs share a machine.

const port = Number(process.env.E2E_PORT ?? 3100);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const next = require.resolve("next/dist/bin/next");

function run(args: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  const child = spawn(process.execPath, [next, ...args], { stdio: "inherit", env });
  return new Promise((resolve) => child.on("close", resolve));
}

async function main(): Promise<void> {
  const serverUrl = configuredServerUrl();
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl: string;
  const database = `mend_e2e_${runId()}`;
  if (serverUrl) {
    assertLocal(serverUrl);
    databaseUrl = await createDatabase(serverUrl, database);
  } else {
    embedded = await startEmbeddedDatabase({ dataDir: "memory://", port: await freePort() });
    databaseUrl = embedded.url;
  }
  await migrate(databaseUrl);
  const db = createPrismaClient(databaseUrl, 1);
  await syncContentPacks(db);
  await seedDemo(db);
  await db.$disconnect();
  await embedded?.waitUntilIdle();

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: embedded ? "1" : "5",
    NEXTAUTH_SECRET: "e2e-tests-secret-0123456789abcdefghijkl",
    NEXTAUTH_URL: `http://localhost:${port}`,
    MAIL_TRANSPORT: "outbox",
    MEND_OUTBOX_IN_PRODUCTION: "1",
    // The specs stand in for one trusted proxy: each sends its own X-Forwarded-For so throttling
    // counters do not carry between specs that all connect from 127.0.0.1.
    TRUSTED_PROXY_HOPS: "1",
    NEXT_DIST_DIR: distDir,
  };
  if (process.env.E2E_SKIP_BUILD !== "1" || !existsSync(path.join(distDir, "BUILD_ID"))) {
    const code = await run(["build"], env);
    if (code !== 0) throw new Error("next build failed");
  }
  // Specs read the emails Mend sent from the database (the /dev/outbox page is 404 in production).
  writeFileSync(e2eDatabaseUrlFile(), databaseUrl, { mode: 0o600 });
  const server: ChildProcess = spawn(
    process.execPath,
    [next, "start", "--port", String(port), "--hostname", "localhost"],
    {
      stdio: "inherit",
      env,
    },
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (serverUrl) await dropDatabases(serverUrl, [database]).catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  server.on("exit", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
