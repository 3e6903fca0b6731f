import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { syncContentPacks } from "@/lib/exercises/sync";
import { seedDemo } from "@/prisma/seed-demo";
import { assertLocal, createDatabase, dropDatabases, freePort, migrate, runId } from "../support/databases";

// Mend scaled out on this machine: two production web servers (MEND_WORKER=off) and separate
// workers (`npm run worker`), all on one freshly seeded PostgreSQL database of their own, on
// loopback addresses only. The production build is the one `npm test`'s e2e stage made
// (NEXT_DIST_DIR or .next); it is built here only when missing. stop() ends every process this
// started (their whole process groups) and drops the database, also after a failure.

const require = createRequire(import.meta.url);
const next = require.resolve("next/dist/bin/next");
const tsx = require.resolve("tsx/cli");
const SECRET = "multi-instance-secret-0123456789abcdefghij";

type Started = { name: string; child: ChildProcess; output: () => string };

export type Cluster = {
  databaseUrl: string;
  /** The address every instance believes it is served at: the load balancer's, in production. */
  publicUrl: string;
  instances: [string, string];
  startWorker(): Promise<void>;
  stop(): Promise<void>;
};

function start(name: string, args: string[], env: NodeJS.ProcessEnv): Started {
  // Its own process group, so stop() also ends anything the process spawned (tsx runs a child node).
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  return { name, child, output: () => output };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stopProcess({ child }: Started): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

async function waitFor(started: Started, ready: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (started.child.exitCode !== null)
      throw new Error(`${started.name} exited (${started.child.exitCode}):\n${started.output()}`);
    if (await ready().catch(() => false)) return;
    if (Date.now() > deadline)
      throw new Error(`${started.name} was not ready in ${timeoutMs / 1000} s:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function ensureBuild(distDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (existsSync(path.join(distDir, "BUILD_ID"))) return;
  const build = start("next build", [next, "build"], env);
  const code = await new Promise<number | null>((resolve) => build.child.on("close", resolve));
  if (code !== 0) throw new Error(`next build failed:\n${build.output()}`);
}

export async function startCluster(serverUrl: string): Promise<Cluster> {
  assertLocal(serverUrl);
  const database = `mend_multi_${runId()}`;
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const running: Started[] = [];
  // A crash or an interrupted run of this test process must not leave servers behind.
  const killAll = () => running.forEach(({ child }) => signalGroup(child, "SIGKILL"));
  const onSignal = (signal: NodeJS.Signals) => {
    killAll();
    void dropDatabases(serverUrl, [database])
      .catch(() => undefined)
      .finally(() => process.kill(process.pid, signal));
  };
  process.once("exit", killAll);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const stop = async () => {
    await Promise.all(running.map(stopProcess));
    process.off("exit", killAll);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await dropDatabases(serverUrl, [database]);
  };

  try {
    const databaseUrl = await createDatabase(serverUrl, database);
    await migrate(databaseUrl);
    const db = createPrismaClient(databaseUrl, 1);
    await syncContentPacks(db);
    await seedDemo(db);
    await db.$disconnect();

    const ports = [await freePort(), await freePort()] as const;
    const instances: [string, string] = [`http://127.0.0.1:${ports[0]}`, `http://127.0.0.1:${ports[1]}`];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: "3",
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: instances[0],
      MAIL_TRANSPORT: "outbox",
      MEND_OUTBOX_IN_PRODUCTION: "1",
      MEND_WORKER: "off",
      MEND_WORKER_POLL_SECONDS: "0.5",
      // No quiet hours: a reminder may go out whatever the time of day the test runs.
      QUIET_HOURS: "00:00-00:00",
    };
    await ensureBuild(distDir, env);

    const web = ports.map((port, i) => {
      const started = start(
        `web ${i + 1}`,
        [next, "start", "--port", String(port), "--hostname", "127.0.0.1"],
        env,
      );
      running.push(started);
      return started;
    });
    await Promise.all(
      web.map((started, i) => waitFor(started, async () => (await fetch(`${instances[i]}/api/health`)).ok)),
    );

    const startWorker = async () => {
      // `npm run worker`, without npm in between.
      const started = start(
        `worker ${running.length - 1}`,
        [tsx, "--conditions=react-server", "scripts/worker.ts"],
        env,
      );
      running.push(started);
      await waitFor(started, async () => started.output().includes("Mend worker running"));
    };
    await startWorker();
    return { databaseUrl, publicUrl: instances[0], instances, startWorker, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
