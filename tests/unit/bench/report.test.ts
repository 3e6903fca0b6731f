import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import {
  BENCHMARKS_MAX_BYTES,
  oversizeWarning,
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
  // The home is a page: it is also measured against the page floor.
  ...(key === "home" ? { pageFloor: m(3) } : {}),
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
  it("shows each endpoint next to its floors, the ratio, the verdict and the queries, at both sizes", () => {
    const md = renderBench(report);
    expect(md).toContain("2 CPUs (Test CPU), 24 GiB memory");
    // The target's ratio uses the route floor, 9 / (2 + 3); pages add p50 / (page floor + SQL floor), 9 / (3 + 3).
    expect(md).toContain(
      "| Client home list (`GET /home`) | 3 | 9.00 | 9.00 | 2.00 | 3.00 | 3.00 | 1.80x | met | 1.50x | 20 |",
    );
    expect(md).toContain(
      "| Assignments API list (`GET /api/v1/assignments`) | 3 | 11.0 | 11.0 | 2.00 | - | 3.00 | 2.20x | **missed** | - | 12 |",
    );
    // Requests are named in the first size's table only.
    expect(md).toContain(
      "| Client home list | 3 | 8.00 | 8.00 | 2.00 | 3.00 | 3.00 | 1.60x | met | 1.33x | 20 |",
    );
    expect(md).toContain("Non-2xx answers: none.");
    expect(md).toContain("### How cost grows (large vs small, 10.00x the data)");
    expect(md).toContain(
      "| Client home list | 8.00 -> 9.00 ms | 1.13x | 5.00 -> 5.50 ms | 1.10x | 20 -> 20 | yes |",
    );
    expect(md).toContain(
      "| Assignments API list | 9.00 -> 11.0 ms | 1.22x | 5.50 -> 6.50 ms | 1.18x | 13 -> 12 | **no** |",
    );
    expect(summaryLines(report)[1]).toMatch(/MISSED/);
    expect(md).toContain(
      "Route floor with the session check (`GET /api/bench/floor/auth`): p50 4.00 ms, 3 req/s, app / DB CPU 1.50 / 0.25 ms.",
    );
    // CPU per request next to the floors' CPU: (4.5 + 1) / (route 1 + SQL 1), and / (page 1.5 + SQL 1)
    expect(md).toContain("| Client home list | 4.50 | 1.00 | 1.00 | 1.50 | 1.00 | 2.75x | 2.20x |");
    expect(md).toContain("| Assignments API list | 5.50 | 1.00 | 1.00 | - | 1.00 | 3.25x | - |");
    expect(summaryLines(report)[0]).toMatch(
      /page floor 3\.00 ms \(app CPU 1\.50 vs 1\.00 ms\), ratio 1\.50x$/,
    );
  });

  it("names the answers that were not 2xx, per endpoint", () => {
    const [large] = report.runs;
    const failing = endpoint("list", 11, 12);
    failing.endpoint = { ...failing.endpoint, statuses: { "200": 3, "409": 2, error: 1 } };
    const md = renderBench({
      ...report,
      runs: [{ ...large!, endpoints: [endpoint("home", 9, 20), failing] }],
    });
    expect(md).toContain("Non-2xx answers: Assignments API list 2 x 409, 1 x error.");
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
        { ...page("Floor (minimal page)", "/bench/floor", 90, 250, 100), floor: true },
      ],
    });
    expect(md).toContain("median of 3 runs");
    expect(md).toContain("| Sign-in (`/sign-in`) | 99 | 40 | 1,234 | 100 | met |");
    expect(md).toContain("| Completion page (`/assignments/{id}`) | 72 | 1,300 | 1,234 | 100 | **missed** |");
    // Accessibility below 100 misses the target even when speed is fine.
    expect(md).toContain("| Client home (`/home`) | 96 | 150 | 1,234 | 96 | **missed** |");
    // The page floor is shown for reference, held to no target.
    expect(md).toContain(
      "| Floor (minimal page) (`/bench/floor`) | 90 | 250 | 1,234 | 100 | floor, no target |",
    );
    expect(md).toContain("The floor row is the page floor");
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

  it("keeps BENCHMARKS.md within 8 KB after a full run (six endpoints, two sizes, four Lighthouse rows)", () => {
    const defs = [
      ["home", "Client home list", "GET /home", true],
      ["autosave", "Draft autosave", "PUT /api/v1/assignments/{id}/response", false],
      ["dashboard", "Clinician dashboard", "GET /dashboard", true],
      ["prep", "Couple prep view", "GET /api/v1/prep/couples/{id}", false],
      ["list", "Assignments API list", "GET /api/v1/assignments", false],
      ["inbox", "Clinician inbox", "GET /inbox", true],
    ] as const;
    // Wide numbers (five-figure p99s, four-figure rates) so the check holds for slow and fast runs alike.
    const wide = (p50: number) => ({ ...m(p50), rps: 1234, p99: 12345.6, appCpuMs: 42.72, dbCpuMs: 20.91 });
    const endpoints = defs.map(([key, label, request, isPage]): EndpointResult => ({
      key,
      label,
      request,
      endpoint: wide(417.4),
      framework: wide(13.6),
      sql: wide(119.2),
      ...(isPage ? { pageFloor: wide(35.2) } : {}),
      queries: 11,
      verdict: verdict(wide(417.4), wide(13.6), wide(119.2)),
    }));
    const lh = (label: string, path: string, floor = false) => ({
      label,
      path,
      performance: 100,
      accessibility: 100,
      totalBlockingTimeMs: 1713,
      largestContentfulPaintMs: 12712,
      runs: 3,
      ...(floor ? { floor: true } : {}),
    });
    const full: BenchReport = {
      ...report,
      machine: {
        ...report.machine,
        cpuModel: "AMD EPYC",
        node: "v24.11.1",
        postgres: "15.20 (Debian 15.20-0+deb12u1)",
        platform: "Linux 6.18.44-fc-v1252 x64",
      },
      runs: report.runs.map((r) => ({
        ...r,
        endpoints,
        authFloor: wide(29.1),
        loadBefore: [12.5, 3.93, 5.05],
      })),
      lighthouse: [
        lh("Sign-in", "/sign-in"),
        lh("Client home", "/home"),
        lh("Completion page", "/assignments/cmabcdefghijklmnopqrstuv"),
        lh("Floor (minimal page)", "/bench/floor", true),
      ],
    };
    const document = replaceSection(readFileSync("BENCHMARKS.md", "utf8"), "bench", renderBench(full));
    expect(Buffer.byteLength(document), oversizeWarning(document) ?? "").toBeLessThanOrEqual(
      BENCHMARKS_MAX_BYTES,
    );
    expect(oversizeWarning("x".repeat(BENCHMARKS_MAX_BYTES))).toBeNull();
    expect(oversizeWarning("x".repeat(BENCHMARKS_MAX_BYTES + 1))).toMatch(/8,193 bytes, over 8,192/);
  });
});
