import { describe, expect, it } from "vitest";
import {
  renderBench,
  replaceSection,
  summaryLines,
  type BenchReport,
  type EndpointResult,
} from "@/bench/report";
import { meetsLighthouseTargets } from "@/bench/lighthouse-targets";
import { summarize, verdict } from "@/bench/stats";

const m = (p50: number) => ({
  ...summarize([p50, p50, p50], { "200": 3 }, 1),
  appCpuMs: p50 / 2,
  dbCpuMs: 1,
});
const endpoint = (key: string, p50: number, queries: number): EndpointResult => ({
  key,
  label: key === "home" ? "Client home list" : "Assignments API list",
  request: key === "home" ? "GET /home" : "GET /api/v1/assignments",
  endpoint: m(p50),
  framework: m(2),
  sql: m(3),
  queries,
  verdict: verdict(m(p50), m(2), m(3)),
});
const seed = (assignments: number) => ({
  sizes: { clinicians: 5, clients: 500, couples: 100, assignments },
  users: 505,
  appointments: 3600,
  assignments,
  recipients: assignments * 1.25,
  responses: assignments * 1.25,
  revisions: assignments,
  comments: 10,
  answers: assignments * 6,
  seconds: 2,
});
const report: BenchReport = {
  startedAt: "2026-01-01T00:00:00.000Z",
  finishedAt: "2026-01-01T00:10:00.000Z",
  machine: { cpus: 2, cpuModel: "Test CPU", memoryGiB: 24, node: "v20", postgres: "15.1", platform: "Linux" },
  settings: { connections: 10, duration: 10, floorDuration: 5, warmup: 2, poolMax: 10 },
  runs: [
    {
      name: "large",
      sizes: seed(100_000).sizes,
      seed: seed(100_000),
      loadBefore: [1, 1, 1],
      loadAfter: [2, 2, 2],
      endpoints: [endpoint("home", 9, 20), endpoint("list", 11, 12)],
    },
    {
      name: "small",
      authFloor: { ...m(4), appCpuMs: 1.5, dbCpuMs: 0.25 },
      sizes: seed(10_000).sizes,
      seed: seed(10_000),
      loadBefore: [1, 1, 1],
      loadAfter: [1, 1, 1],
      endpoints: [endpoint("home", 8, 20), endpoint("list", 9, 13)],
    },
  ],
};

describe("the benchmark report", () => {
  it("shows each endpoint next to both floors, the ratio, the verdict and the queries, at both sizes", () => {
    const md = renderBench(report);
    expect(md).toContain("2 CPUs (Test CPU), 24 GiB memory");
    expect(md).toContain(
      "| Client home list (`GET /home`) | 3 | 9.00 | 9.00 | 2.00 / 3 | 3.00 / 3 | 4.50x, 3.00x | 1.80x | met | 20 | none |",
    );
    expect(md).toContain(
      "| Assignments API list (`GET /api/v1/assignments`) | 3 | 11.0 | 11.0 | 2.00 / 3 | 3.00 / 3 | 5.50x, 3.67x | 2.20x | **missed** | 12 | none |",
    );
    expect(md).toContain("### How cost grows (large vs small, 10.00x the data)");
    expect(md).toContain(
      "| Client home list | 8.00 -> 9.00 ms | 1.13x | 5.00 -> 5.50 ms | 1.10x | 20 -> 20 | yes |",
    );
    expect(md).toContain(
      "| Assignments API list | 9.00 -> 11.0 ms | 1.22x | 5.50 -> 6.50 ms | 1.18x | 13 -> 12 | **no** |",
    );
    expect(summaryLines(report)[1]).toMatch(/MISSED/);
    expect(md).toContain(
      "Authenticated floor (the bare handler plus the session check every signed-in request makes, `GET /api/bench/floor/auth`): p50 4.00 ms, 3 req/s, app CPU 1.50 ms and DB CPU 0.25 ms per request.",
    );
    // CPU per request next to the floors' CPU: (4.5 + 1) / (1 + 1)
    expect(md).toContain("| Client home list | 4.50 | 1.00 | 1.00 | 1.00 | 2.75x |");
  });

  it("reports Lighthouse per page against the targets, ids in paths generalised", () => {
    const page = (label: string, path: string, performance: number, tbt: number, accessibility: number) => ({
      label,
      path,
      performance,
      accessibility,
      totalBlockingTimeMs: tbt,
      largestContentfulPaintMs: 1234.4,
      runs: 3,
    });
    const md = renderBench({
      ...report,
      lighthouse: [
        page("Sign-in", "/sign-in", 99, 40, 100),
        page("Completion page", "/assignments/cmabcdefghijklmnopqrstuv", 72, 1300, 100),
        page("Client home", "/home", 96, 150, 96),
      ],
    });
    expect(md).toContain("median of 3 runs");
    expect(md).toContain("| Sign-in (`/sign-in`) | 99 | 40 | 1,234 | 100 | met |");
    expect(md).toContain("| Completion page (`/assignments/{id}`) | 72 | 1,300 | 1,234 | 100 | **missed** |");
    // Accessibility below 100 misses the target even when speed is fine.
    expect(md).toContain("| Client home (`/home`) | 96 | 150 | 1,234 | 96 | **missed** |");
    expect(meetsLighthouseTargets(page("edge", "/", 95, 200, 100))).toBe(true);
    expect(meetsLighthouseTargets(page("edge", "/", 95, 201, 100))).toBe(false);
  });

  it("replaces a generated section of BENCHMARKS.md, or appends it", () => {
    const doc = "# Benchmarks\n\nintro\n\n<!-- bench:start -->\nold\n<!-- bench:end -->\n\nafter\n";
    expect(replaceSection(doc, "bench", "new\n")).toBe(
      "# Benchmarks\n\nintro\n\n<!-- bench:start -->\nnew\n<!-- bench:end -->\n\nafter\n",
    );
    expect(replaceSection("# B\n", "faults", "x")).toBe(
      "# B\n\n<!-- faults:start -->\nx\n<!-- faults:end -->\n",
    );
  });
});
