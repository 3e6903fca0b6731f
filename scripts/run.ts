import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { EnvError, parseServerEnv } from "@/lib/env";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo-data";
import { seedDemo } from "@/prisma/seed-demo";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-db";
import { runDeployStep } from "./deploy-step";

// `npm run demo` (development server) and `npm start` (production build):
//   1. with DATABASE_URL unset, start the embedded PostgreSQL (data in .data/, kept across restarts);
//   2. validate the environment (one clear line per problem);
//   3. apply migrations, load the exercise packs, seed the demo practice into an empty database;
//   4. start Next.js and print where to sign in.

const root = process.cwd();
const production = process.argv.includes("--production");
const port = Number(process.env.PORT ?? 3000);
// Where the embedded database and the generated development secret live (git-ignored).
const dataDir = path.resolve(root, process.env.MEND_DATA_DIR ?? ".data");

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function devSecret(): string {
  // A stable secret per checkout, so sign-ins survive a restart of the demo.
  const file = path.join(dataDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function main(): Promise<void> {
  let embedded: EmbeddedDatabase | undefined;
  if (!process.env.DATABASE_URL) {
    const embeddedPort = Number(process.env.MEND_EMBEDDED_DB_PORT ?? 54329);
    embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite"), port: embeddedPort });
    process.env.DATABASE_URL = embedded.url;
    process.env.DATABASE_POOL_MAX = "1";
    console.log(
      `Embedded PostgreSQL (PGlite) on 127.0.0.1:${embeddedPort}, data in ${path.relative(root, dataDir) || "."}/pglite`,
    );
  }
  if (!process.env.NEXTAUTH_SECRET && !production) process.env.NEXTAUTH_SECRET = devSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";

  let env;
  try {
    env = parseServerEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }

  // Migrations and packs (scripts/deploy-step.ts). The embedded database is owned by this process
  // alone (nothing can race it) and serves too few connections for the deploy lock's own.
  await runDeployStep(env.DATABASE_URL, { lock: !embedded }).catch((error: unknown) =>
    fail(error instanceof Error ? error.message : String(error)),
  );
  const db = createPrismaClient(env.DATABASE_URL, 1);
  try {
    const empty = (await db.practice.count()) === 0;
    if (empty && env.NODE_ENV !== "production" && !production) {
      await seedDemo(db);
      console.log("Seeded the demo practice.");
    }
  } finally {
    await db.$disconnect();
  }
  await embedded?.waitUntilIdle();

  const next = require.resolve("next/dist/bin/next");
  if (production && !existsSync(path.join(root, ".next", "BUILD_ID"))) {
    const build = spawn(process.execPath, [next, "build"], { stdio: "inherit", env: process.env });
    const code = await new Promise<number | null>((resolve) => build.on("close", resolve));
    if (code !== 0) fail("The production build failed.");
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [
      next,
      production ? "start" : "dev",
      "--port",
      String(port),
      "--hostname",
      process.env.HOSTNAME ?? "localhost",
    ],
    { stdio: "inherit", env: process.env },
  );

  console.log(`\nMend is starting at ${process.env.NEXTAUTH_URL}/sign-in`);
  if (!production) {
    console.log(`Demo sign-ins (password: ${DEMO_PASSWORD}):`);
    for (const user of Object.values(DEMO_USERS))
      console.log(`  ${user.email.padEnd(32)} ${user.role.toLowerCase()}`);
  }

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    child.kill("SIGTERM");
    await embedded?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  child.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) =>
  fail(error instanceof Error ? `Mend could not start: ${error.message}` : String(error)),
);
