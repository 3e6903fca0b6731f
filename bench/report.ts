// Results as JSON and Markdown (pure: unit-tested). BENCHMARKS.md keeps hand-written explanations
// around generated sections, delimited by <!-- NAME:start --> and <!-- NAME:end -->.
import { LIGHTHOUSE_TARGETS, meetsLighthouseTargets, type LighthouseResult } from "./lighthouse-targets";
import type { Sizes } from "./plan";
import type { SeedSummary } from "./seed";
import {
  constantQueries,
  cpuRatio,
  growth,
  ratioToFloors,
  successShare,
  TARGET_RATIO,
  type Measurement,
  type Verdict,
} from "./stats";

export type Machine = {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  postgres: string;
  platform: string;
};

export type EndpointResult = {
  key: string;
  label: string;
  request: string;
  endpoint: Measurement;
  framework: Measurement;
  sql: Measurement;
  /**
   * Pages only: the page floor (GET /bench/floor, a minimal signed-in page) measured next to the
   * route floor, for the extra ratio p50 / (page floor + SQL floor). The target stays `verdict`.
   */
  pageFloor?: Measurement;
  queries: number | null;
  verdict: Verdict;
};

export type SizeResult = {
  name: string;
  sizes: Sizes;
  seed: SeedSummary;
  loadBefore: number[];
  loadAfter: number[];
  endpoints: EndpointResult[];
  /** The bare floor plus the session check (GET /api/bench/floor/auth), measured once per size. */
  authFloor?: Measurement;
};

export type BenchReport = {
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  settings: { connections: number; duration: number; floorDuration: number; warmup: number; poolMax: number };
  runs: SizeResult[];
  /** Lighthouse on the first size's server once the load is over; absent with --lighthouse-runs 0. */
  lighthouse?: LighthouseResult[];
};

const ms = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(2) : n.toFixed(1)) : "n/a");
const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}x` : "n/a");
const int = (n: number) => Math.round(n).toLocaleString("en-US");
const cpuMs = (n: number | null | undefined) =>
  n === null || n === undefined || !Number.isFinite(n) ? "n/a" : n.toFixed(2);
const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(" / ");

/** Answers other than 2xx, per endpoint: "none" when every answer was a success. */
function nonOk(endpoints: readonly EndpointResult[]): string {
  const parts = endpoints.flatMap((e) => {
    const other = Object.entries(e.endpoint.statuses).filter(([s]) => !/^2\d\d$/.test(s));
    return other.length ? [`${e.label} ${other.map(([s, n]) => `${n} x ${s}`).join(", ")}`] : [];
  });
  return parts.length ? parts.join("; ") : "none";
}

export function machineLine(m: Machine): string {
  return `${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB.toFixed(0)} GiB memory, ${m.platform}, Node.js ${m.node}, PostgreSQL ${m.postgres}`;
}

/** One size's tables; `requests` adds each endpoint's method and path (the first size only, to stay short). */
export function renderSize(run: SizeResult, options: { requests?: boolean } = {}): string {
  const s = run.seed;
  const a = run.authFloor;
  const lines = [
    `### ${run.name}: ${int(s.sizes.clinicians)} clinicians, ${int(s.sizes.clients)} clients, ${int(s.sizes.couples)} couples, ${int(s.assignments)} assignments`,
    "",
    `Seeded in ${s.seconds.toFixed(1)} s: ${int(s.users)} users, ${int(s.appointments)} appointments, ${int(s.recipients)} copies, ` +
      `${int(s.revisions)} revisions, ${int(s.comments)} comments, ${int(s.answers)} answers. ` +
      `Load average (1/5/15 min) before ${load(run.loadBefore)}, after ${load(run.loadAfter)}.`,
    "",
    ...(a
      ? [
          `Route floor with the session check (\`GET /api/bench/floor/auth\`): p50 ${ms(a.p50)} ms, ` +
            `${int(a.rps)} req/s, app / DB CPU ${cpuMs(a.appCpuMs)} / ${cpuMs(a.dbCpuMs)} ms.`,
          "",
        ]
      : []),
    "| Endpoint | req/s | p50 | p99 | route floor | page floor | SQL floor | p50 / (route + SQL) | " +
      `target (<= ${TARGET_RATIO}x) | p50 / (page + SQL) | queries |`,
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: |",
  ];
  const floor = (m: Measurement | undefined) => (m ? ms(m.p50) : "-");
  const orDash = (m: Measurement | undefined, show: (m: Measurement) => string) => (m ? show(m) : "-");
  for (const e of run.endpoints) {
    lines.push(
      `| ${e.label}${options.requests ? ` (\`${e.request}\`)` : ""} | ${int(e.endpoint.rps)} | ${ms(e.endpoint.p50)} | ` +
        `${ms(e.endpoint.p99)} | ${floor(e.framework)} | ${floor(e.pageFloor)} | ${floor(e.sql)} | ${x(e.verdict.ratio)} | ` +
        `${e.verdict.withinTarget ? "met" : "**missed**"} | ${orDash(e.pageFloor, (p) => x(ratioToFloors(e.endpoint, p, e.sql)))} | ` +
        `${e.queries ?? "n/a"} |`,
    );
  }
  lines.push(
    "",
    `Non-2xx answers: ${nonOk(run.endpoints)}. CPU per request (ms):`,
    "",
    "| Endpoint | app | DB | route floor app | page floor app | SQL floor DB | (app + DB) / (route + SQL) | / (page + SQL) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const e of run.endpoints) {
    lines.push(
      `| ${e.label} | ${cpuMs(e.endpoint.appCpuMs)} | ${cpuMs(e.endpoint.dbCpuMs)} | ${cpuMs(e.framework.appCpuMs)} | ` +
        `${orDash(e.pageFloor, (p) => cpuMs(p.appCpuMs))} | ${cpuMs(e.sql.dbCpuMs)} | ${x(cpuRatio(e.endpoint, e.framework, e.sql))} | ` +
        `${orDash(e.pageFloor, (p) => x(cpuRatio(e.endpoint, p, e.sql)))} |`,
    );
  }
  return lines.join("\n");
}

export function renderGrowth(large: SizeResult, small: SizeResult): string {
  const lines = [
    `### How cost grows (${large.name} vs ${small.name}, ${x(large.seed.assignments / small.seed.assignments)} the data)`,
    "",
    "| Endpoint | p50 small -> large | growth | CPU (app + DB) small -> large | growth | queries small -> large | constant |",
    "| --- | ---: | ---: | ---: | ---: | ---: | :---: |",
  ];
  const cpuOf = (m: Measurement) => (m.appCpuMs ?? Number.NaN) + (m.dbCpuMs ?? Number.NaN);
  for (const e of large.endpoints) {
    const s = small.endpoints.find((o) => o.key === e.key);
    if (!s) continue;
    lines.push(
      `| ${e.label} | ${ms(s.endpoint.p50)} -> ${ms(e.endpoint.p50)} ms | ${x(growth(s.endpoint.p50, e.endpoint.p50))} | ` +
        `${ms(cpuOf(s.endpoint))} -> ${ms(cpuOf(e.endpoint))} ms | ${x(growth(cpuOf(s.endpoint), cpuOf(e.endpoint)))} | ` +
        `${s.queries ?? "n/a"} -> ${e.queries ?? "n/a"} | ${constantQueries([s.queries, e.queries]) ? "yes" : "**no**"} |`,
    );
  }
  return lines.join("\n");
}

export function renderBench(report: BenchReport): string {
  const st = report.settings;
  const parts = [
    `Run on ${machineLine(report.machine)}.`,
    "",
    `Load: autocannon, ${st.connections} connections, ${st.duration} s per endpoint and ${st.floorDuration} s per floor, each after ` +
      `${st.warmup} s of warm-up; SQL floor: ${st.connections} workers in-process on a pg pool of ${st.connections}; ` +
      `server pool DATABASE_POOL_MAX=${st.poolMax}. Latencies of 2xx answers, from every response (sub-millisecond).`,
    "",
    "Milliseconds; floors as p50. Route floor: `GET /api/bench/floor`, the target's framework floor. " +
      "Page floor (pages only): `GET /bench/floor`, a minimal signed-in page. " +
      "CPU per request, from /proc, moves less with other work on the machine than latency.",
    "",
    ...report.runs.flatMap((r, i) => [renderSize(r, { requests: i === 0 }), ""]),
  ];
  const [large, small] = report.runs;
  if (large && small) parts.push(renderGrowth(large, small), "");
  if (report.lighthouse?.length) parts.push(renderLighthouse(report.lighthouse), "");
  return parts.join("\n").trimEnd() + "\n";
}

export function renderLighthouse(results: LighthouseResult[]): string {
  const t = LIGHTHOUSE_TARGETS;
  const runs = results[0]?.runs ?? 0;
  const verdictOf = (r: LighthouseResult) =>
    r.floor ? "floor, no target" : meetsLighthouseTargets(r) ? "met" : "**missed**";
  return [
    `### Lighthouse (mobile preset, simulated throttling; median of ${runs} run${runs === 1 ? "" : "s"} by performance score)`,
    "",
    `Targets: performance >= ${t.performance}, total blocking time <= ${t.totalBlockingTimeMs} ms, accessibility ${t.accessibility}.` +
      (results.some((r) => r.floor)
        ? " The floor row is the page floor: the best this machine's Chromium gives any React page of the app."
        : ""),
    "",
    "| Page | performance | total blocking time ms | largest contentful paint ms | accessibility | targets |",
    "| --- | ---: | ---: | ---: | ---: | :---: |",
    ...results.map(
      (r) =>
        `| ${r.label} (\`${r.path.replace(/\/[0-9a-z]{20,}/gi, "/{id}")}\`) | ${r.performance} | ${int(r.totalBlockingTimeMs)} | ` +
        `${int(r.largestContentfulPaintMs)} | ${r.accessibility} | ${verdictOf(r)} |`,
    ),
  ].join("\n");
}

export function summaryLines(report: BenchReport): string[] {
  const out: string[] = [];
  for (const run of report.runs) {
    for (const e of run.endpoints) {
      const page = e.pageFloor
        ? `  page floor ${ms(e.pageFloor.p50)} ms (app CPU ${cpuMs(e.pageFloor.appCpuMs)} vs ${cpuMs(e.framework.appCpuMs)} ms), ratio ${x(ratioToFloors(e.endpoint, e.pageFloor, e.sql))}`
        : "";
      out.push(
        `${run.name.padEnd(6)} ${e.label.padEnd(26)} p50 ${ms(e.endpoint.p50).padStart(7)} ms  floors ${ms(e.framework.p50)} + ${ms(e.sql.p50)} ms  ` +
          `ratio ${x(e.verdict.ratio).padStart(6)} ${e.verdict.withinTarget ? "met   " : "MISSED"}  ${e.queries ?? "?"} queries  ` +
          `${(successShare(e.endpoint) * 100).toFixed(1)}% 2xx${page}`,
      );
    }
  }
  for (const r of report.lighthouse ?? [])
    out.push(
      `Lighthouse ${r.label.padEnd(24)} performance ${r.performance}  TBT ${int(r.totalBlockingTimeMs)} ms  accessibility ${r.accessibility}  ${r.floor ? "floor" : meetsLighthouseTargets(r) ? "met" : "MISSED"}`,
    );
  return out;
}

/** Replaces the text between <!-- name:start --> and <!-- name:end --> (appends the section when missing). */
export function replaceSection(document: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${content.trimEnd()}\n${end}`;
  const i = document.indexOf(start);
  const j = document.indexOf(end);
  if (i === -1 || j === -1 || j < i) return `${document.trimEnd()}\n\n${block}\n`;
  return document.slice(0, i) + block + document.slice(j + end.length);
}

/**
 * BENCHMARKS.md stays small enough to read in one go: 8 KB with its hand-written part. The
 * generated tables are kept compact to leave that part room.
 */
export const BENCHMARKS_MAX_BYTES = 8 * 1024;

export function oversizeWarning(document: string, max = BENCHMARKS_MAX_BYTES): string | null {
  const bytes = Buffer.byteLength(document, "utf8");
  return bytes > max
    ? `BENCHMARKS.md is ${bytes.toLocaleString("en-US")} bytes, over ${max.toLocaleString("en-US")}: shorten its hand-written part`
    : null;
}
