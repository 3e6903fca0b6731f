import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { Client } from "pg";
import { startEmbeddedDatabase } from "../../scripts/embedded-db";
import { configuredServerUrl, createDatabase, dropDatabases, freePort, runId } from "./databases";

// Running the operator's scripts (scripts/deploy.ts, scripts/setup.ts, prisma/seed.ts) as real child
// processes against a database of their own, the way a deployment runs them.

const require = createRequire(import.meta.url);

/**
 * An empty database nothing has touched; its cleanup is pushed onto `cleanups`. On the embedded
 * database (PGlite) each one is a server of its own, served from this process.
 */
export async function freshDatabase(
  embedded: boolean,
  prefix: string,
  cleanups: (() => Promise<void>)[],
): Promise<string> {
  if (embedded) {
    const database = await startEmbeddedDatabase({ dataDir: "memory://", port: await freePort() });
    cleanups.push(() => database.stop());
    return database.url;
  }
  const server = configuredServerUrl()!;
  const name = `${prefix}_${runId()}`;
  const url = await createDatabase(server, name);
  cleanups.push(() => dropDatabases(server, [name]));
  return url;
}

/** Per-test limit for tests that run these scripts: a guard against a hang, not a speed target. */
export const SCRIPT_TIMEOUT_MS = 300_000;

export type ScriptRun = { code: number | null; output: string; stdout: string };

export function runScript(
  script: string,
  databaseUrl: string,
  options: { args?: string[]; tsxArgs?: string[]; env?: Record<string, string> } = {},
): Promise<ScriptRun> {
  const child = spawn(
    process.execPath,
    [require.resolve("tsx/cli"), ...(options.tsxArgs ?? []), script, ...(options.args ?? [])],
    {
      env: {
        ...process.env,
        NODE_ENV: "test",
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: "deploy-test-secret-0123456789abcdefghij",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, output, stdout })));
}

export async function query<T extends Record<string, unknown>>(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
