import { describe, expect, it } from "vitest";
import {
  constantQueries,
  cpuRatio,
  growth,
  percentile,
  ratioToFloors,
  successShare,
  summarize,
  verdict,
} from "@/bench/stats";

describe("benchmark statistics", () => {
  it("takes nearest-rank percentiles", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("summarizes latencies and statuses into requests per second", () => {
    const m = summarize([3, 1, 2, 4], { "200": 4, "409": 1 }, 2);
    expect(m).toMatchObject({ requests: 5, rps: 2.5, p50: 2, p99: 4, mean: 2.5 });
    expect(successShare(m)).toBeCloseTo(0.8);
    expect(successShare({ statuses: {} })).toBe(0);
  });

  it("meets the target when p50 is within 2x of the framework floor plus the SQL floor", () => {
    expect(verdict({ p50: 20 }, { p50: 4 }, { p50: 6 })).toMatchObject({
      floorSum: 10,
      ratio: 2,
      withinTarget: true,
      ratioToFramework: 5,
    });
    expect(verdict({ p50: 21 }, { p50: 4 }, { p50: 6 }).withinTarget).toBe(false);
    expect(verdict({ p50: Number.NaN }, { p50: 4 }, { p50: 6 }).withinTarget).toBe(false);
  });

  it("relates an endpoint to any pair of floors, by p50 and by CPU per request", () => {
    // A page against the page floor: 60 / (24 + 6)
    expect(ratioToFloors({ p50: 60 }, { p50: 24 }, { p50: 6 })).toBe(2);
    // (app 9 + DB 3) / (floor app 4 + SQL floor DB 2); the floor's DB and the SQL floor's app CPU do not count
    expect(
      cpuRatio({ appCpuMs: 9, dbCpuMs: 3 }, { appCpuMs: 4, dbCpuMs: 50 }, { appCpuMs: 50, dbCpuMs: 2 }),
    ).toBe(2);
    expect(cpuRatio({ appCpuMs: 9, dbCpuMs: null }, { appCpuMs: 4 }, { dbCpuMs: 2 })).toBeNaN();
  });

  it("calls query counts constant only when every size has the same known count", () => {
    expect(constantQueries([12, 12])).toBe(true);
    expect(constantQueries([12, 13])).toBe(false);
    expect(constantQueries([12, null])).toBe(false);
    expect(growth(2, 3)).toBe(1.5);
    expect(growth(0, 3)).toBeNaN();
  });
});
