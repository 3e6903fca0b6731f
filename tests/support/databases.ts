import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { withSchemaEngine } from "../../scripts/prisma-env.mjs";

// Test databases (./database-server.ts) and their migrations, the way `prisma migrate deploy` runs.

export * from "./database-server";

const require = createRequire(import.meta.url);

export async function migrate(url: string): Promise<void> {
  const cli = require.resolve("prisma/build/index.js");
  const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
    cwd: process.cwd(),
    env: withSchemaEngine({ ...process.env, DATABASE_URL: url }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`prisma migrate deploy failed:\n${output}`);
}
