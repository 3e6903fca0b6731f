import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

// The production build under test, started the way scripts/e2e-server.ts does it: `next build`
// into a dist dir of its own (NEXT_DIST_DIR=.next-bench), then `next start` on its own port, with
// MEND_BENCH=1 so the framework-floor route answers.

const next = require.resolve("next/dist/bin/next");
const SECRET = "bench-secret-0123456789abcdefghijklmnopqrstuv";

export type AppOptions = {
  port: number;
  databaseUrl: string;
  distDir: string;
  poolMax: number;
  worker?: boolean;
  /** Extra Node.js flags for the server process (e.g. --cpu-prof to profile it). */
  nodeArgs?: string[];
};

function appEnv(options: Omit<AppOptions, "databaseUrl"> & { databaseUrl?: string }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    DATABASE_POOL_MAX: String(options.poolMax),
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: `http://localhost:${options.port}`,
    MAIL_TRANSPORT: "outbox",
    MEND_OUTBOX_IN_PRODUCTION: "1",
    MEND_WORKER: options.worker === false ? "off" : "on",
    NEXT_DIST_DIR: options.distDir,
    MEND_BENCH: "1",
  };
}

export async function buildApp(
  distDir: string,
  options: { reuse: boolean; log: (line: string) => void },
): Promise<void> {
  if (options.reuse && existsSync(path.join(distDir, "BUILD_ID"))) {
    options.log(`  reusing the build in ${distDir}`);
    return;
  }
  const started = Date.now();
  const child = spawn(process.execPath, [next, "build"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: appEnv({ port: 0, distDir, poolMax: 1 }),
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`next build failed:\n${output.slice(-4000)}`);
  options.log(`  built into ${distDir} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export type RunningApp = {
  baseUrl: string;
  child: ChildProcess;
  stop: () => Promise<void>;
  output: () => string;
};

export async function startApp(options: AppOptions): Promise<RunningApp> {
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), next, "start", "--port", String(options.port), "--hostname", "localhost"],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: appEnv(options),
    },
  );
  let output = "";
  const keep = (c: Buffer) => {
    output += c.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const baseUrl = `http://localhost:${options.port}`;
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`next start exited (${child.exitCode}):\n${output.slice(-4000)}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`next start did not become healthy in 60 s:\n${output.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function cookiesFrom(res: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    if (eq > 0) jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
  return jar;
}

/**
 * Signs in over HTTP like a browser: next-auth's CSRF token, then the credentials callback; returns
 * the Cookie header value that carries the session.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesFrom(csrf);
  const body = new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/`, json: "true" });
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: baseUrl,
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    },
    body,
  });
  const session = [...cookiesFrom(res)].find(([name]) => name.endsWith("next-auth.session-token"));
  if (!session || !session[1]) throw new Error(`sign-in failed for ${email} (HTTP ${res.status})`);
  return `${session[0]}=${session[1]}`;
}
