import { describe, expect, it } from "vitest";
import { BENCH_DEFAULTS, parseBenchArgs } from "@/bench/args";

describe("npm run bench flags", () => {
  it("defaults to the documented practice and a run of about 10 s per endpoint with 10 connections", () => {
    const o = parseBenchArgs([]);
    expect(o.sizes).toEqual({ clinicians: 50, clients: 5_000, couples: 1_000, assignments: 100_000 });
    expect(o).toMatchObject({
      duration: 10,
      connections: 10,
      smallFactor: 10,
      distDir: ".next-bench",
      keep: false,
    });
    expect(BENCH_DEFAULTS.floorDuration).toBe(5);
  });

  it("reads sizes and settings", () => {
    const o = parseBenchArgs([
      "--clients",
      "800",
      "--couples",
      "0",
      "--clinicians",
      "8",
      "--assignments",
      "9000",
      "--duration",
      "3",
      "--small-factor",
      "0",
      "--keep",
      "--reuse-build",
      "--port",
      "4000",
    ]);
    expect(o.sizes).toEqual({ clinicians: 8, clients: 800, couples: 0, assignments: 9_000 });
    expect(o).toMatchObject({ duration: 3, smallFactor: 0, keep: true, reuseBuild: true, port: 4000 });
  });

  it("runs Lighthouse three times per page unless told otherwise; 0 turns it off", () => {
    expect(parseBenchArgs([]).lighthouseRuns).toBe(3);
    expect(parseBenchArgs(["--lighthouse-runs", "5"]).lighthouseRuns).toBe(5);
    expect(parseBenchArgs(["--lighthouse-runs", "0"]).lighthouseRuns).toBe(0);
    expect(() => parseBenchArgs(["--lighthouse-runs", "-1"])).toThrow(/lighthouse-runs/);
  });

  it("refuses unknown flags, missing values and impossible sizes", () => {
    expect(() => parseBenchArgs(["--fast"])).toThrow(/unknown flag --fast/);
    expect(() => parseBenchArgs(["--duration"])).toThrow(/--duration/);
    expect(() => parseBenchArgs(["--clients", "-3"])).toThrow(/--clients/);
    expect(() => parseBenchArgs(["--clients", "100", "--couples", "60"])).toThrow(/half/);
    expect(() => parseBenchArgs(["--clients", "10", "--clinicians", "20", "--couples", "1"])).toThrow(
      /at least/,
    );
    expect(() => parseBenchArgs(["--small-factor", "0.5"])).toThrow(/small-factor/);
  });

  it("measures only the named endpoints with --only, and will not record a partial run", () => {
    expect(parseBenchArgs([]).only).toEqual([]);
    expect(parseBenchArgs(["--only", "dashboard,prep"]).only).toEqual(["dashboard", "prep"]);
    expect(() => parseBenchArgs(["--only", "dashboard,home-page"])).toThrow(/not home-page/);
    expect(() => parseBenchArgs(["--only"])).toThrow(/--only/);
    expect(() => parseBenchArgs(["--only", "list", "--update-benchmarks"])).toThrow(/all the endpoints/);
  });
});
