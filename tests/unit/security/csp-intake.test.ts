import { describe, expect, it } from "vitest";
import { RepeatSampler } from "@/lib/security/csp-report-intake";

describe("sampling repeated CSP reports", () => {
  it("logs the first of a kind, then one of every N, each standing for N", () => {
    const sampler = new RepeatSampler(10, 60_000, 100);
    const taken = Array.from({ length: 25 }, () => sampler.take("same", 0));
    expect(taken.filter((t) => t !== null)).toEqual([1, 10, 10]);
    expect(taken[0]).toBe(1);
    expect(taken[10]).toBe(10);
    expect(taken[20]).toBe(10);
    // A different report is logged at once.
    expect(sampler.take("other", 0)).toBe(1);
  });

  it("starts counting again after the window, and forgets the oldest kinds beyond its capacity", () => {
    const sampler = new RepeatSampler(10, 1_000, 2);
    expect(sampler.take("a", 0)).toBe(1);
    expect(sampler.take("a", 500)).toBeNull();
    expect(sampler.take("a", 1_501)).toBe(1);
    sampler.take("b", 1_600);
    sampler.take("c", 1_700);
    // "a" was the oldest and has been dropped: it is new again.
    expect(sampler.take("a", 1_800)).toBe(1);
  });
});
