// Numbers for the benchmark report (pure: unit-tested in tests/unit/bench).

export type Measurement = {
  /** Completed requests (any status). */
  requests: number;
  seconds: number;
  rps: number;
  /** Latency of successful (2xx) requests, milliseconds. */
  p50: number;
  p99: number;
  mean: number;
  /** Count per HTTP status ("200", "409", ...); "error" for requests that got no answer. */
  statuses: Record<string, number>;
  /** CPU milliseconds per request of the app server's processes and of the database backends (bench/cpu.ts). */
  appCpuMs?: number | null;
  dbCpuMs?: number | null;
};

/** The value below which `p` percent of the sorted samples fall (nearest-rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarize(
  latencies: readonly number[],
  statuses: Record<string, number>,
  seconds: number,
): Measurement {
  const sorted = [...latencies].sort((a, b) => a - b);
  const requests = Object.values(statuses).reduce((a, b) => a + b, 0);
  return {
    requests,
    seconds,
    rps: seconds > 0 ? requests / seconds : 0,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : Number.NaN,
    statuses,
  };
}

export function successShare(m: Pick<Measurement, "statuses">): number {
  const total = Object.values(m.statuses).reduce((a, b) => a + b, 0);
  const ok = Object.entries(m.statuses)
    .filter(([status]) => /^2\d\d$/.test(status))
    .reduce((a, [, n]) => a + n, 0);
  return total === 0 ? 0 : ok / total;
}

export type Verdict = {
  /** framework floor p50 + SQL floor p50 */
  floorSum: number;
  /** endpoint p50 / floorSum */
  ratio: number;
  ratioToFramework: number;
  ratioToSql: number;
  /** p50 within `limit` x (framework floor + SQL floor) */
  withinTarget: boolean;
};

export const TARGET_RATIO = 2;

export function verdict(
  endpoint: Pick<Measurement, "p50">,
  framework: Pick<Measurement, "p50">,
  sql: Pick<Measurement, "p50">,
  limit = TARGET_RATIO,
): Verdict {
  const floorSum = framework.p50 + sql.p50;
  const ratio = endpoint.p50 / floorSum;
  return {
    floorSum,
    ratio,
    ratioToFramework: endpoint.p50 / framework.p50,
    ratioToSql: endpoint.p50 / sql.p50,
    withinTarget: Number.isFinite(ratio) && ratio <= limit,
  };
}

/** Queries per request must not grow with the data: the same count at every size. */
export function constantQueries(countsBySize: readonly (number | null)[]): boolean {
  const known = countsBySize.filter((n): n is number => n !== null);
  return known.length === countsBySize.length && known.every((n) => n === known[0]);
}

export function growth(small: number, large: number): number {
  return small > 0 ? large / small : Number.NaN;
}

/**
 * p50 / (floor p50 + SQL floor p50) against any framework floor: for pages, the page floor (a
 * minimal signed-in page) next to the target's route floor. Extra information; `verdict` decides.
 */
export function ratioToFloors(
  endpoint: Pick<Measurement, "p50">,
  floor: Pick<Measurement, "p50">,
  sql: Pick<Measurement, "p50">,
): number {
  return endpoint.p50 / (floor.p50 + sql.p50);
}

type Cpu = Pick<Measurement, "appCpuMs" | "dbCpuMs">;
const cpuMs = (n: number | null | undefined) => n ?? Number.NaN;

/** CPU per request (app + DB) over the floors' (the framework floor's app CPU + the SQL floor's DB CPU). */
export function cpuRatio(endpoint: Cpu, floor: Cpu, sql: Cpu): number {
  return (cpuMs(endpoint.appCpuMs) + cpuMs(endpoint.dbCpuMs)) / (cpuMs(floor.appCpuMs) + cpuMs(sql.dbCpuMs));
}
