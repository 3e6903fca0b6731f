// Results as JSON and Markdown (pure: unit-tested). BENCHMARKS.md keeps hand-written explanations
// around generated sections, delimited by <!-- NAME:start --> and <!-- NAME:end -->.
import { LIGHTHOUSE_TARGETS, meetsLighthouseTargets, type LighthouseResult } from "./lighthouse-targets";
import type { Sizes } from "./plan";
import type { SeedSummary } from "./seed";
import { constantQueries, growth, successShare, TARGET_RATIO, type Measurement, type Verdict } from "./stats";

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

function nonOk(m: Measurement): string {
  const other = Object.entries(m.statuses).filter(([s]) => !/^2\d\d$/.test(s));
  return other.length ? other.map(([s, n]) => `${n} x ${s}`).join(", ") : "none";
}

export function machineLine(m: Machine): string {
  return `${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB.toFixed(0)} GiB memory, ${m.platform}, Node.js ${m.node}, PostgreSQL ${m.postgres}`;
}

export function renderSize(run: SizeResult): string {
  const s = run.seed;
  const lines = [
    `### ${run.name}: ${int(s.sizes.clinicians)} clinicians, ${int(s.sizes.clients)} clients, ${int(s.sizes.couples)} couples, ${int(s.assignments)} assignments`,
    "",
    `Seeded in ${s.seconds.toFixed(1)} s: ${int(s.users)} users, ${int(s.appointments)} appointments, ${int(s.recipients)} copies (responses), ` +
      `${int(s.revisions)} submitted revisions, ${int(s.comments)} comments, ${int(s.answers)} prompt answers. ` +
      `Load average (1/5/15 min) before: ${load(run.loadBefore)}, after: ${load(run.loadAfter)}.`,
    "",
    ...(run.authFloor
      ? [
          `Authenticated floor (the bare handler plus the session check every signed-in request makes, \`GET /api/bench/floor/auth\`): ` +
            `p50 ${ms(run.authFloor.p50)} ms, ${int(run.authFloor.rps)} req/s, app CPU ${cpuMs(run.authFloor.appCpuMs)} ms and DB CPU ${cpuMs(run.authFloor.dbCpuMs)} ms per request.`,
          "",
        ]
      : []),
    "| Endpoint | req/s | p50 ms | p99 ms | framework floor p50 / req/s | SQL floor p50 / req/s | p50 / framework floor, / SQL floor | p50 / (framework + SQL) | target (<= " +
      `${TARGET_RATIO}x) | SQL queries / request | non-2xx |`,
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: | --- |",
  ];
  for (const e of run.endpoints) {
    lines.push(
      `| ${e.label} (\`${e.request}\`) | ${int(e.endpoint.rps)} | ${ms(e.endpoint.p50)} | ${ms(e.endpoint.p99)} | ` +
        `${ms(e.framework.p50)} / ${int(e.framework.rps)} | ${ms(e.sql.p50)} / ${int(e.sql.rps)} | ` +
        `${x(e.verdict.ratioToFramework)}, ${x(e.verdict.ratioToSql)} | ${x(e.verdict.ratio)} | ` +
        `${e.verdict.withinTarget ? "met" : "**missed**"} | ${e.queries ?? "n/a"} | ${nonOk(e.endpoint)} |`,
    );
  }
  const cpu = (n: number | null | undefined) =>
    n === null || n === undefined || !Number.isFinite(n) ? "n/a" : n.toFixed(2);
  lines.push(
    "",
    "CPU per request (ms), from /proc: less sensitive to other work on the machine than latency.",
    "",
    "| Endpoint | app CPU | DB CPU | framework floor app CPU | SQL floor DB CPU | (app + DB) / (floor app + floor DB) |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const e of run.endpoints) {
    const total = (e.endpoint.appCpuMs ?? Number.NaN) + (e.endpoint.dbCpuMs ?? Number.NaN);
    const floors = (e.framework.appCpuMs ?? Number.NaN) + (e.sql.dbCpuMs ?? Number.NaN);
    lines.push(
      `| ${e.label} | ${cpu(e.endpoint.appCpuMs)} | ${cpu(e.endpoint.dbCpuMs)} | ${cpu(e.framework.appCpuMs)} | ${cpu(e.sql.dbCpuMs)} | ${x(total / floors)} |`,
    );
  }
  return lines.join("\n");
}

export function renderGrowth(large: SizeResult, small: SizeResult): string {
  const lines = [
    `### How cost grows (${large.name} vs ${small.name}, ${x(large.seed.assignments / small.seed.assignments)} the data)`,
    "",
    "| Endpoint | p50 small -> large | growth | CPU (app + DB) per request small -> large | growth | queries small -> large | constant |",
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
      `${st.warmup} s of unrecorded warm-up; the SQL floor runs ${st.connections} workers in-process on a pg pool of ${st.connections}. ` +
      `The server's pool: DATABASE_POOL_MAX=${st.poolMax}. Latencies of 2xx answers, from every response (sub-millisecond).`,
    "",
    ...report.runs.flatMap((r) => [renderSize(r), ""]),
  ];
  const [large, small] = report.runs;
  if (large && small) parts.push(renderGrowth(large, small), "");
  if (report.lighthouse?.length) parts.push(renderLighthouse(report.lighthouse), "");
  return parts.join("\n").trimEnd() + "\n";
}

export function renderLighthouse(results: LighthouseResult[]): string {
  const t = LIGHTHOUSE_TARGETS;
  const runs = results[0]?.runs ?? 0;
  return [
    `### Lighthouse (mobile preset, simulated throttling; median of ${runs} run${runs === 1 ? "" : "s"} by performance score)`,
    "",
    `Targets: performance >= ${t.performance}, total blocking time <= ${t.totalBlockingTimeMs} ms, accessibility ${t.accessibility}.`,
    "",
    "| Page | performance | total blocking time ms | largest contentful paint ms | accessibility | targets |",
    "| --- | ---: | ---: | ---: | ---: | :---: |",
    ...results.map(
      (r) =>
        `| ${r.label} (\`${r.path.replace(/\/[0-9a-z]{20,}/gi, "/{id}")}\`) | ${r.performance} | ${int(r.totalBlockingTimeMs)} | ` +
        `${int(r.largestContentfulPaintMs)} | ${r.accessibility} | ${meetsLighthouseTargets(r) ? "met" : "**missed**"} |`,
    ),
  ].join("\n");
}

export function summaryLines(report: BenchReport): string[] {
  const out: string[] = [];
  for (const run of report.runs) {
    for (const e of run.endpoints) {
      out.push(
        `${run.name.padEnd(6)} ${e.label.padEnd(26)} p50 ${ms(e.endpoint.p50).padStart(7)} ms  floors ${ms(e.framework.p50)} + ${ms(e.sql.p50)} ms  ` +
          `ratio ${x(e.verdict.ratio).padStart(6)} ${e.verdict.withinTarget ? "met   " : "MISSED"}  ${e.queries ?? "?"} queries  ` +
          `${(successShare(e.endpoint) * 100).toFixed(1)}% 2xx`,
      );
    }
  }
  for (const r of report.lighthouse ?? [])
    out.push(
      `Lighthouse ${r.label.padEnd(24)} performance ${r.performance}  TBT ${int(r.totalBlockingTimeMs)} ms  accessibility ${r.accessibility}  ${meetsLighthouseTargets(r) ? "met" : "MISSED"}`,
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
