import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { Client } from "pg";
import {
  assertLocal,
  configuredServerUrl,
  createDatabase,
  dropDatabases,
  freePort,
  runId,
} from "../../support/database-server";

// A second Mend, started for one spec the way an operator starts a new deployment: a new EMPTY
// database (no demo seed, unlike scripts/e2e-server.ts), `npm run db:migrate`'s own command, then
// `next start` from the production build Playwright's web server made. The spec runs
// scripts/setup.ts against it and walks the browser through it; `stop()` ends the server and drops
// the database, also when the spec failed.
//
// On a configured PostgreSQL server (TEST_DATABASE_URL/DATABASE_URL, always the case in CI) the
// database is created there. With none configured, an in-memory embedded PostgreSQL (PGlite) is
// started in a child process instead (scripts/embedded-db.ts, through tsx: Playwright's loader does
// not load it); it serves one client at a time, so each step below runs after the previous one
// has let go of its connection.

export type FreshDeployment = {
  url: string;
  databaseUrl: string;
  /** Runs `sql` on the deployment's database in a short-lived connection of its own. */
  query: <T extends Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;
  /** Lets go of the database between a command-line step and the next client (PGlite: one at a time). */
  settle: () => Promise<void>;
  stop: () => Promise<void>;
};

const SECRET = "e2e-fresh-deployment-secret-0123456789abcdef";

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, args, { cwd: process.cwd(), env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${args.join(" ")} exited ${code}:\n${output}`)),
    );
  });
}

const EMBEDDED = `
import { startEmbeddedDatabase } from "./scripts/embedded-db";
void (async () => {
  const db = await startEmbeddedDatabase({ dataDir: "memory://", port: Number(process.env.PORT) });
  console.log("ready");
  process.on("SIGTERM", () => void db.stop().finally(() => process.exit(0)));
})();
`;

function startEmbedded(port: number): ChildProcess {
  return spawn(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["--eval", EMBEDDED], {
    cwd: process.cwd(),
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function waitForLine(child: ChildProcess, line: string): Promise<void> {
  let output = "";
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (c: Buffer) => {
      output += c.toString();
      if (output.split("\n").includes(line)) resolve();
    });
    child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
    child.on("exit", (code) => reject(new Error(`embedded database exited ${code}:\n${output}`)));
  });
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited ${server.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer ${url}/api/health within 60s:\n${log()}`);
}

export async function startFreshDeployment(): Promise<FreshDeployment> {
  const serverUrl = configuredServerUrl();
  const database = `mend_e2e_fresh_${runId()}`;
  let embedded: ChildProcess | undefined;
  let server: ChildProcess | undefined;
  let databaseUrl: string;
  if (serverUrl) {
    assertLocal(serverUrl);
    databaseUrl = await createDatabase(serverUrl, database);
  } else {
    const port = await freePort();
    embedded = startEmbedded(port);
    databaseUrl = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
    await waitForLine(embedded, "ready");
  }
  // PGlite: give the socket server a moment to notice the last client closed (see embedded-db.ts).
  const settle = async () => {
    if (embedded) await new Promise((resolve) => setTimeout(resolve, 500));
  };
  const stop = async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (server.exitCode === null) server.kill("SIGKILL");
    }
    if (serverUrl) await dropDatabases(serverUrl, [database]);
    if (embedded && embedded.exitCode === null) {
      const exited = new Promise((resolve) => embedded!.once("exit", resolve));
      embedded.kill("SIGTERM");
      await exited;
    }
  };

  try {
    // The operator's `npm run db:migrate`: the same script, against the new database.
    await runNode(["scripts/prisma.mjs", "migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl });
    await settle();

    const port = await freePort();
    const url = `http://localhost:${port}`;
    let log = "";
    server = spawn(
      process.execPath,
      [
        path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next"),
        "start",
        "--port",
        String(port),
        "--hostname",
        "localhost",
      ],
      {
        cwd: process.cwd(),
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...process.env,
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
          DATABASE_URL: databaseUrl,
          DATABASE_POOL_MAX: embedded ? "1" : "5",
          NEXTAUTH_SECRET: SECRET,
          NEXTAUTH_URL: url,
          MAIL_TRANSPORT: "outbox",
          MEND_OUTBOX_IN_PRODUCTION: "1",
        },
      },
    );
    server.stdout!.on("data", (c: Buffer) => (log += c.toString()));
    server.stderr!.on("data", (c: Buffer) => (log += c.toString()));
    await waitForHealth(url, server, () => log);

    return {
      url,
      databaseUrl,
      async query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
        const client = new Client({ connectionString: databaseUrl });
        await client.connect();
        try {
          return (await client.query<T>(sql, params)).rows;
        } finally {
          await client.end();
        }
      },
      settle,
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/** The environment scripts/setup.ts runs in against this deployment (as on the operator's shell). */
export function setupEnvironment(deployment: FreshDeployment): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "test",
    DATABASE_URL: deployment.databaseUrl,
    DATABASE_POOL_MAX: "1",
    NEXTAUTH_URL: deployment.url,
    NEXTAUTH_SECRET: SECRET,
    MAIL_TRANSPORT: "outbox",
  };
}
