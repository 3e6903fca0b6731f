import { describe, expect, it } from "vitest";
import { backendDelta, parseStatCpuMs, treeCpuMs } from "@/bench/cpu";

describe("CPU time from /proc", () => {
  it("reads utime + stime from a stat line, whatever the process name holds", () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
    const stat = "4242 (next-server (v16) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 11 0";
    expect(parseStatCpuMs(stat)).toBe(3000);
  });

  it("sums this process's own tree, and knows nothing of a process that does not exist", () => {
    if (process.platform === "linux") expect(treeCpuMs(process.pid)).toBeGreaterThan(0);
    expect(treeCpuMs(2 ** 31 - 1)).toBeNull();
  });

  it("adds up what each backend used between two snapshots, counting new backends whole", () => {
    expect(
      backendDelta(
        new Map([
          [1, 100],
          [2, 50],
        ]),
        new Map([
          [1, 130],
          [2, 50],
          [3, 20],
        ]),
      ),
    ).toBe(50);
    expect(backendDelta(null, new Map())).toBeNull();
  });
});
