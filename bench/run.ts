import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BENCH_HELP, parseBenchArgs, type BenchOptions } from "./args";
import type { CountInput, QueryCounts } from "./count-queries";
import { backendDelta, backendsCpuMs, treeCpuMs } from "./cpu";
import {
  assertLocalServer,
  dropDatabase,
  prepareDatabase,
  serverUrlFromEnv,
  serverVersion,
} from "./database";
import { AUTOSAVE_SQL, DASHBOARD_SQL, HOME_SQL, INBOX_SQL, LIST_SQL, PREP_SQL } from "./floors";
import { runLighthouse } from "./lighthouse";
import type { LighthouseResult } from "./lighthouse-targets";
import { httpLoad, sqlLoad, type HttpRequestSpec, type SqlCall } from "./load";
import { ids, scaleSizes, type Sizes } from "./plan";
import {
  oversizeWarning,
  renderBench,
  replaceSection,
  summaryLines,
  type BenchReport,
  type EndpointResult,
  type Machine,
  type SizeResult,
} from "./report";
import { benchPool, currentVersions, draftBody, pickSubjects, versionFrom, type Subjects } from "./scenario";
import type { SeedSummary } from "./seed";
import { buildApp, startApp } from "./server";
import { ratioToFloors, verdict, type Measurement } from "./stats";

// `npm run bench`: seeds a large practice (and one 10x smaller) in databases of their own, starts
// the production build, and measures six endpoints next to two floors each: the framework floor
// (a bare route handler, /api/bench/floor) and the SQL floor (the same data in one hand-written
// query through pg, same concurrency, in-process). The three pages also get the page floor (a
// minimal signed-in page, /bench/floor). Writes bench-results/*.json|md. Not part of `npm test`.

const log = (line: string) => console.log(line);

type EndpointDef = {
  key: keyof QueryCounts;
  label: string;
  request: string;
  http: (s: Subjects, baseUrl: string, versions: number[]) => HttpRequestSpec;
  sql: (s: Subjects, versions: number[]) => (worker: number) => SqlCall;
  /** A quick look that the endpoint really serves what it should before it is measured. */
  check: (status: number, body: string) => boolean;
  /** App Router pages: also measured against the page floor, as the person whose cookie this is. */
  pageFloorCookie?: (s: Subjects) => string;
};

const json = { "content-type": "application/json" };

const ENDPOINTS: EndpointDef[] = [
  {
    key: "home",
    label: "Client home list",
    request: "GET /home",
    http: (s) => ({ path: "/home", headers: { cookie: s.client.cookie } }),
    sql: (s) => () => ({ text: HOME_SQL, values: [s.client.id, ids.practice] }),
    check: (status, body) => status === 200 && body.includes("Hi, "),
    pageFloorCookie: (s) => s.client.cookie,
  },
  {
    key: "autosave",
    label: "Draft autosave",
    request: "PUT /api/v1/assignments/{id}/response",
    http: (s, baseUrl, versions) => {
      // Each request takes a writer that has nothing in flight (one open copy per writer), and
      // keeps the version the server answers with for that writer's next save.
      const slots = s.writers.map((writer, i) => ({ writer, version: versions[i] ?? 0, busy: false }));
      let n = 0;
      let rr = 0;
      return {
        method: "PUT",
        path: "/",
        setup: () => {
          const slot = slots.find((x) => !x.busy) ?? slots[rr++ % slots.length]!;
          slot.busy = true;
          n += 1;
          return {
            path: `/api/v1/assignments/${slot.writer.assignmentId}/response`,
            headers: { ...json, origin: baseUrl, cookie: slot.writer.cookie },
            body: draftBody(slot.writer, slot.version, n),
            token: slot,
          };
        },
        onResponse: (_status, body, token) => {
          const slot = token as (typeof slots)[number];
          const v = versionFrom(body);
          if (v !== null) slot.version = v;
          slot.busy = false;
        },
      };
    },
    sql: (s, versions) => {
      const own = s.writers.map((writer, i) => ({ writer, version: versions[i] ?? 0 }));
      let n = 0;
      return (worker) => {
        const slot = own[worker % own.length]!;
        n += 1;
        const body = JSON.parse(draftBody(slot.writer, slot.version, n)) as { answers: unknown };
        return {
          text: AUTOSAVE_SQL,
          values: [
            JSON.stringify(body.answers),
            slot.writer.assignmentId,
            slot.writer.clientId,
            ids.practice,
            slot.version,
          ],
          after: (result) => {
            const row = result.rows[0] as { version: number } | undefined;
            slot.version = row ? row.version : slot.version;
          },
        };
      };
    },
    check: (status, body) => status === 200 && versionFrom(body) !== null,
  },
  {
    key: "dashboard",
    label: "Clinician dashboard",
    request: "GET /dashboard",
    http: (s) => ({ path: "/dashboard", headers: { cookie: s.clinician.cookie } }),
    sql: (s) => () => ({ text: DASHBOARD_SQL, values: [s.clinician.id, ids.practice] }),
    check: (status, body) => status === 200 && body.includes("The next 7 days"),
    pageFloorCookie: (s) => s.clinician.cookie,
  },
  {
    key: "prep",
    label: "Couple prep view",
    request: "GET /api/v1/prep/couples/{id}",
    http: (s) => ({ path: `/api/v1/prep/couples/${s.coupleId}`, headers: { cookie: s.clinician.cookie } }),
    sql: (s) => () => ({ text: PREP_SQL, values: [s.coupleId, s.clinician.id, ids.practice] }),
    check: (status, body) => status === 200 && body.includes('"assignments"'),
  },
  {
    key: "list",
    label: "Assignments API list",
    request: "GET /api/v1/assignments",
    http: (s) => ({ path: "/api/v1/assignments", headers: { cookie: s.clinician.cookie } }),
    sql: (s) => () => ({ text: LIST_SQL, values: [s.clinician.id, ids.practice] }),
    check: (status, body) => status === 200 && body.includes('"items"'),
  },
  {
    key: "inbox",
    label: "Clinician inbox",
    request: "GET /inbox",
    http: (s) => ({ path: "/inbox", headers: { cookie: s.clinician.cookie } }),
    sql: (s) => () => ({ text: INBOX_SQL, values: [s.clinician.id, ids.practice] }),
    check: (status, body) => status === 200 && body.includes("unread"),
    pageFloorCookie: (s) => s.clinician.cookie,
  },
];

const FLOOR: HttpRequestSpec = { path: "/api/bench/floor" };
/** The page floor (app/bench/floor/page.tsx): a minimal signed-in page, fixed content. */
const PAGE_FLOOR_PATH = "/bench/floor";
const pageFloor = (cookie: string): HttpRequestSpec => ({ path: PAGE_FLOOR_PATH, headers: { cookie } });

async function machine(serverUrl: string): Promise<Machine> {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    memoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    postgres: await serverVersion(serverUrl),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

function countQueriesInProcess(databaseUrl: string, input: CountInput): Promise<QueryCounts> {
  const tsx = require.resolve("tsx/cli");
  const child = spawn(
    process.execPath,
    [tsx, "--conditions=react-server", path.join("bench", "count-queries.ts"), JSON.stringify(input)],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        DATABASE_POOL_MAX: "4",
        NEXTAUTH_SECRET: "bench-count-secret-0123456789abcdefghijklmn",
        NEXTAUTH_URL: "http://localhost:3000",
        MAIL_TRANSPORT: "outbox",
        MEND_OUTBOX_IN_PRODUCTION: "1",
        MEND_WORKER: "off",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  let err = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  return new Promise((resolve, reject) =>
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`counting queries failed:\n${err.slice(-3000)}`));
      resolve(JSON.parse(out.trim().split("\n").pop()!) as QueryCounts);
    }),
  );
}

async function probe(baseUrl: string, spec: HttpRequestSpec): Promise<{ status: number; body: string }> {
  const made = spec.setup?.();
  const res = await fetch(baseUrl + (made?.path ?? spec.path), {
    method: spec.method ?? "GET",
    headers: { ...spec.headers, ...made?.headers },
    ...((made?.body ?? spec.body) ? { body: made?.body ?? spec.body } : {}),
    redirect: "manual",
  });
  const body = await res.text();
  spec.onResponse?.(res.status, body, made?.token);
  return { status: res.status, body };
}

/**
 * The pages issue 18 holds to Lighthouse targets (public sign-in, the client's home and a completion
 * page), and the page floor for reference: the best score any React page of the app gets here.
 */
function lighthousePages(s: Subjects) {
  const writer = s.writers[0]!;
  return [
    { label: "Sign-in", path: "/sign-in" },
    { label: "Client home", path: "/home", cookie: s.client.cookie },
    { label: "Completion page", path: `/assignments/${writer.assignmentId}`, cookie: writer.cookie },
    { label: "Floor (minimal page)", path: PAGE_FLOOR_PATH, cookie: s.client.cookie, floor: true },
  ];
}

async function runSize(
  name: string,
  databaseUrl: string,
  seed: SeedSummary,
  options: BenchOptions,
): Promise<SizeResult & { lighthouse?: LighthouseResult[] }> {
  const loadBefore = os.loadavg();
  log(`\n== ${name}: starting the server on ${databaseUrl.replace(/\/\/[^@]*@/, "//")}`);
  const app = await startApp({
    port: options.port,
    databaseUrl,
    distDir: options.distDir,
    poolMax: options.poolMax,
    ...(options.profileDir
      ? { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${path.resolve(options.profileDir)}`] }
      : {}),
  });
  const pool = benchPool(databaseUrl, options.connections);
  const endpoints: EndpointResult[] = [];
  let authFloor: Measurement | undefined;
  let lighthouse: LighthouseResult[] | undefined;
  try {
    const subjects = await pickSubjects(app.baseUrl, pool, seed.sizes, options.connections);
    const w = subjects.writers[0]!;
    const counts = await countQueriesInProcess(databaseUrl, {
      clientId: subjects.client.id,
      clinicianId: subjects.clinician.id,
      coupleId: subjects.coupleId,
      writer: {
        clientId: w.clientId,
        assignmentId: w.assignmentId,
        answers: w.answers,
        textPromptId: w.textPromptId,
      },
    });
    log(`  SQL queries per request: ${JSON.stringify(counts)}`);
    const settings = { connections: options.connections, seconds: options.floorDuration };
    const database = new URL(databaseUrl).pathname.slice(1);
    // CPU per request of the app's processes and of the database's backends during a measurement.
    const withCpu = async (measure: () => Promise<Measurement>): Promise<Measurement> => {
      const app0 = treeCpuMs(app.child.pid!);
      const db0 = await backendsCpuMs(pool, database);
      const m = await measure();
      const app1 = treeCpuMs(app.child.pid!);
      const dbUsed = backendDelta(db0, await backendsCpuMs(pool, database));
      m.appCpuMs = app0 !== null && app1 !== null && m.requests ? (app1 - app0) / m.requests : null;
      m.dbCpuMs = dbUsed !== null && m.requests ? dbUsed / m.requests : null;
      return m;
    };
    if (options.warmup > 0)
      await httpLoad(app.baseUrl, FLOOR, { connections: options.connections, seconds: options.warmup });
    // The bare floor plus the session check every signed-in request makes (as the clinician).
    const authSpec: HttpRequestSpec = {
      path: "/api/bench/floor/auth",
      headers: { cookie: subjects.clinician.cookie },
    };
    const authCheck = await probe(app.baseUrl, authSpec);
    if (authCheck.status !== 200)
      throw new Error(`the authenticated floor answered HTTP ${authCheck.status}`);
    authFloor = await withCpu(() => httpLoad(app.baseUrl, authSpec, settings));
    log(`  authenticated floor: p50 ${authFloor.p50.toFixed(2)} ms, ${authFloor.rps.toFixed(0)} req/s`);
    const selected = ENDPOINTS.filter((d) => options.only.length === 0 || options.only.includes(d.key));
    // The page floor answers as a page for each person the pages are measured as; warmed up once.
    const pageCookies = selected.flatMap((d) => (d.pageFloorCookie ? [d.pageFloorCookie(subjects)] : []));
    for (const cookie of new Set(pageCookies)) {
      const pageCheck = await probe(app.baseUrl, pageFloor(cookie));
      if (pageCheck.status !== 200 || !pageCheck.body.includes("Benchmark floor"))
        throw new Error(`the page floor answered HTTP ${pageCheck.status}: ${pageCheck.body.slice(0, 300)}`);
    }
    if (options.warmup > 0 && pageCookies.length > 0)
      await httpLoad(app.baseUrl, pageFloor(pageCookies[0]!), {
        connections: options.connections,
        seconds: options.warmup,
      });

    for (const def of selected) {
      const versions = await currentVersions(pool, subjects.writers);
      const check = await probe(app.baseUrl, def.http(subjects, app.baseUrl, versions));
      if (!def.check(check.status, check.body)) {
        throw new Error(
          `${def.request} did not answer as expected before the load (HTTP ${check.status}): ${check.body.slice(0, 300)}`,
        );
      }
      if (options.warmup > 0) {
        await httpLoad(
          app.baseUrl,
          def.http(subjects, app.baseUrl, await currentVersions(pool, subjects.writers)),
          {
            connections: options.connections,
            seconds: options.warmup,
          },
        );
      }
      const framework = await withCpu(() => httpLoad(app.baseUrl, FLOOR, settings));
      const pageFloorMeasured = def.pageFloorCookie
        ? await withCpu(() => httpLoad(app.baseUrl, pageFloor(def.pageFloorCookie!(subjects)), settings))
        : undefined;
      const versionsNow = await currentVersions(pool, subjects.writers);
      const endpoint = await withCpu(() =>
        httpLoad(app.baseUrl, def.http(subjects, app.baseUrl, versionsNow), {
          connections: options.connections,
          seconds: options.duration,
        }),
      );
      const sqlVersions = await currentVersions(pool, subjects.writers);
      if (options.warmup > 0)
        await sqlLoad(pool, def.sql(subjects, sqlVersions), {
          connections: options.connections,
          seconds: Math.min(1, options.warmup),
        });
      const sqlVersionsNow = await currentVersions(pool, subjects.writers);
      const sql = await withCpu(() => sqlLoad(pool, def.sql(subjects, sqlVersionsNow), settings));
      const result: EndpointResult = {
        key: def.key,
        label: def.label,
        request: def.request,
        endpoint,
        framework,
        sql,
        ...(pageFloorMeasured ? { pageFloor: pageFloorMeasured } : {}),
        queries: counts[def.key],
        verdict: verdict(endpoint, framework, sql),
      };
      endpoints.push(result);
      log(
        `  ${def.label.padEnd(24)} ${endpoint.rps.toFixed(0).padStart(5)} req/s  p50 ${endpoint.p50.toFixed(2)} ms  p99 ${endpoint.p99.toFixed(2)} ms  ` +
          `| framework ${framework.p50.toFixed(2)} ms | SQL ${sql.p50.toFixed(2)} ms | ratio ${result.verdict.ratio.toFixed(2)}x | ${JSON.stringify(endpoint.statuses)}` +
          (pageFloorMeasured
            ? `\n  ${"".padEnd(24)} page floor p50 ${pageFloorMeasured.p50.toFixed(2)} ms, ${pageFloorMeasured.rps.toFixed(0)} req/s, ` +
              `app CPU ${pageFloorMeasured.appCpuMs?.toFixed(2) ?? "n/a"} ms (route floor ${framework.appCpuMs?.toFixed(2) ?? "n/a"} ms) | ` +
              `ratio to page + SQL ${ratioToFloors(endpoint, pageFloorMeasured, sql).toFixed(2)}x`
            : ""),
      );
    }
    // After the load, on an idle server: Lighthouse's simulated throttling scales with the CPU it finds.
    if (options.lighthouseRuns > 0)
      lighthouse = await runLighthouse(app.baseUrl, lighthousePages(subjects), {
        runs: options.lighthouseRuns,
        log,
      });
  } catch (error) {
    console.error(app.output().slice(-3000));
    throw error;
  } finally {
    await pool.end();
    await app.stop();
  }
  return {
    name,
    sizes: seed.sizes,
    seed,
    loadBefore,
    loadAfter: os.loadavg(),
    endpoints,
    ...(authFloor ? { authFloor } : {}),
    ...(lighthouse ? { lighthouse } : {}),
  };
}

async function main(): Promise<void> {
  if (process.argv.includes("--help")) {
    console.log(BENCH_HELP);
    return;
  }
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error(`\n${BENCH_HELP}`);
    process.exit(2);
  }
  const serverUrl = serverUrlFromEnv();
  assertLocalServer(serverUrl);
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
  log(
    `Mend benchmark: load average now ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" / ")} on ${os.cpus().length} CPUs`,
  );

  const sizes: { name: string; sizes: Sizes; db: string }[] = [
    { name: "large", sizes: options.sizes, db: `mend_bench_${process.pid}_large` },
  ];
  if (options.smallFactor >= 1) {
    sizes.push({
      name: "small",
      sizes: scaleSizes(options.sizes, options.smallFactor),
      db: `mend_bench_${process.pid}_small`,
    });
  }
  const created: string[] = [];
  const runs: SizeResult[] = [];
  let lighthouseResults: LighthouseResult[] | undefined;
  try {
    // The build (CPU) and the seeding (database) run side by side; nothing is measured meanwhile.
    const seeding = (async () => {
      const out: { url: string; summary: SeedSummary }[] = [];
      for (const s of sizes) {
        created.push(s.db);
        log(`Seeding ${s.name} (${JSON.stringify(s.sizes)}) into ${s.db}`);
        out.push(await prepareDatabase(serverUrl, s.db, s.sizes, log));
        log(`  ${s.name} seeded in ${out[out.length - 1]!.summary.seconds.toFixed(1)} s`);
      }
      return out;
    })();
    log(`Building the production app into ${options.distDir}`);
    const [seeded] = await Promise.all([
      seeding,
      buildApp(options.distDir, { reuse: options.reuseBuild, log }),
    ]);
    for (const [i, s] of sizes.entries()) {
      // Lighthouse once, on the first size: pages are per person, so the size does not change them.
      const { lighthouse, ...run } = await runSize(s.name, seeded[i]!.url, seeded[i]!.summary, {
        ...options,
        lighthouseRuns: i === 0 ? options.lighthouseRuns : 0,
      });
      runs.push(run);
      if (lighthouse) lighthouseResults = lighthouse;
    }
  } finally {
    if (!options.keep && created.length) await dropDatabase(serverUrl, created[0]!).catch(() => undefined);
    if (!options.keep && created[1]) await dropDatabase(serverUrl, created[1]).catch(() => undefined);
    if (options.keep && created.length) log(`Kept databases: ${created.join(", ")}`);
  }

  const report: BenchReport = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: await machine(serverUrl),
    settings: {
      connections: options.connections,
      duration: options.duration,
      floorDuration: options.floorDuration,
      warmup: options.warmup,
      poolMax: options.poolMax,
    },
    runs,
    ...(lighthouseResults ? { lighthouse: lighthouseResults } : {}),
  };
  mkdirSync(options.out, { recursive: true });
  const markdown = renderBench(report);
  writeFileSync(path.join(options.out, `bench-${stamp}.json`), JSON.stringify(report, null, 2));
  writeFileSync(path.join(options.out, `bench-${stamp}.md`), markdown);
  writeFileSync(path.join(options.out, "bench-latest.json"), JSON.stringify(report, null, 2));
  writeFileSync(path.join(options.out, "bench-latest.md"), markdown);
  if (options.updateBenchmarks) {
    const file = "BENCHMARKS.md";
    const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
    const updated = replaceSection(current, "bench", markdown);
    writeFileSync(file, updated);
    log(`Updated ${file}`);
    const oversize = oversizeWarning(updated);
    if (oversize) console.warn(`WARNING: ${oversize}`);
  }
  log(`\n${summaryLines(report).join("\n")}`);
  log(
    `\nResults: ${path.join(options.out, `bench-${stamp}.md`)} (and .json); took ${((Date.now() - startedAt.getTime()) / 60_000).toFixed(1)} min`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
