import { RateLimiterMemory, type RateLimiterRes } from "rate-limiter-flexible";
import { rateLimited } from "@/lib/errors";
import type { CspViolation } from "./csp-report";

// The CSP report endpoint is public (browsers send reports without credentials), so it is kept
// from becoming a log-flooding tool: each address may post a few report requests a minute (a 429
// after that), a request carries at most CSP_MAX_REPORTS_PER_REQUEST reports (lib/security/
// csp-report.ts), and identical reports are sampled: the first is logged, then one of every
// CSP_SAMPLE_EVERY, with `represents` saying how many reports that line stands for. Counts are per
// process: the aim is bounded log volume, not an exact tally.

export const CSP_REPORT_REQUESTS_PER_MINUTE = 10;
export const CSP_SAMPLE_EVERY = 100;
const SAMPLE_WINDOW_MS = 10 * 60_000;
const SAMPLE_MAX_KEYS = 1_000;

/** Logs one of every `every` identical keys within a window; remembers at most `maxKeys` keys. */
export class RepeatSampler {
  private readonly seen = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly every: number,
    private readonly windowMs: number,
    private readonly maxKeys: number,
  ) {}

  /** How many reports this one stands for when it should be logged (1 for the first), else null. */
  take(key: string, now: number = Date.now()): number | null {
    let entry = this.seen.get(key);
    if (!entry || now - entry.since > this.windowMs) {
      this.seen.delete(key);
      // Oldest first (a Map keeps insertion order): a flood of distinct keys cannot grow memory.
      while (this.seen.size >= this.maxKeys) this.seen.delete(this.seen.keys().next().value!);
      entry = { count: 0, since: now };
      this.seen.set(key, entry);
    }
    entry.count += 1;
    if (entry.count === 1) return 1;
    return (entry.count - 1) % this.every === 0 ? this.every : null;
  }
}

const perAddress = new RateLimiterMemory({
  keyPrefix: "csp-report",
  points: CSP_REPORT_REQUESTS_PER_MINUTE,
  duration: 60,
});
const sampler = new RepeatSampler(CSP_SAMPLE_EVERY, SAMPLE_WINDOW_MS, SAMPLE_MAX_KEYS);

/** Counts one report request from `address`; a 429 (with Retry-After) once it has sent too many. */
export async function admitCspReport(address: string): Promise<void> {
  try {
    await perAddress.consume(address);
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    throw rateLimited(Math.max(1, Math.ceil((rejection as RateLimiterRes).msBeforeNext / 1000)));
  }
}

/** The violations to log, each with the number of identical reports it stands for. */
export function sampleCspViolations(
  violations: readonly CspViolation[],
  now: number = Date.now(),
): (CspViolation & { represents: number })[] {
  const kept: (CspViolation & { represents: number })[] = [];
  for (const violation of violations) {
    const represents = sampler.take(
      JSON.stringify([violation.directive, violation.blocked, violation.page, violation.disposition]),
      now,
    );
    if (represents !== null) kept.push({ ...violation, represents });
  }
  return kept;
}
