// What the Lighthouse part of `npm run bench` reports and the targets it is held to (pure: unit-tested).

export type LighthouseResult = {
  label: string;
  path: string;
  performance: number;
  accessibility: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  runs: number;
  /** The page floor (a minimal React page of the app), audited for reference: held to no target. */
  floor?: boolean;
};

/** Targets of issue 18: performance >= 95, total blocking time <= 200 ms, accessibility 100. */
export const LIGHTHOUSE_TARGETS = { performance: 95, totalBlockingTimeMs: 200, accessibility: 100 } as const;

export function meetsLighthouseTargets(r: LighthouseResult): boolean {
  return (
    r.performance >= LIGHTHOUSE_TARGETS.performance &&
    r.totalBlockingTimeMs <= LIGHTHOUSE_TARGETS.totalBlockingTimeMs &&
    r.accessibility >= LIGHTHOUSE_TARGETS.accessibility
  );
}
