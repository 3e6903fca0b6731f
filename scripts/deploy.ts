import { spawn } from "node:child_process";
import { createPrismaClient } from "@/lib/db/client";
import { EnvError, parseServerEnv } from "@/lib/env";
import { syncContentPacks } from "@/lib/exercises/sync";

// Run before the server starts in a deployment (see Dockerfile): apply migrations, then load any new
// versions of the shipped exercise packs. Demo data is never seeded here.
async function main(): Promise<void> {
  let env;
  try {
    env = parseServerEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const cli = require.resolve("prisma/build/index.js");
  const migrate = spawn(process.execPath, [cli, "migrate", "deploy"], { stdio: "inherit", env: process.env });
  const code = await new Promise<number | null>((resolve) => migrate.on("close", resolve));
  if (code !== 0) process.exit(code ?? 1);
  const db = createPrismaClient(env.DATABASE_URL, 1);
  try {
    const { created } = await syncContentPacks(db);
    console.log(`Exercise packs loaded (${created} new version${created === 1 ? "" : "s"}).`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `Deploy step failed: ${error.message}` : error);
  process.exit(1);
});
