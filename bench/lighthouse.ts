import { existsSync } from "node:fs";
import { spawn } from "node:child_process";
import type { LighthouseResult } from "./lighthouse-targets";

// Lighthouse (pinned 12.2.3, the last line that runs on Node.js 20) against the production build the
// load benchmark just measured, while nothing else loads the server. Mobile preset with simulated
// throttling, as PageSpeed Insights runs it. Each page is audited `runs` times and the run with the
// median performance score is kept, as Lighthouse's own guidance on variability recommends.

export type LighthousePage = {
  label: string;
  path: string;
  /** Cookie header of the person the page is for; none for public pages. */
  cookie?: string;
  /** The page floor, audited for reference (no target). */
  floor?: boolean;
};

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/** Debian's Chromium when present (Lighthouse cannot download a browser here); else chrome-launcher's search. */
function chromePath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

/** The parts of Lighthouse's JSON report (LHR) read here. */
type Report = {
  finalDisplayedUrl: string;
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
};

type Run = Omit<LighthouseResult, "label" | "path" | "runs">;

/**
 * One audit by the Lighthouse CLI in a child process: its page-side functions are stringified into
 * the browser, and tsx's transform (which adds helpers such as `__name`) must not touch them.
 */
async function auditOnce(url: string, cookie: string | undefined): Promise<Run> {
  const args = [
    require.resolve("lighthouse/cli/index.js"),
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--only-categories=performance,accessibility",
    `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
    ...(cookie ? [`--extra-headers=${JSON.stringify({ cookie })}`] : []),
  ];
  const chrome = chromePath();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`Lighthouse failed on ${url} (exit ${code}):\n${err.slice(-2000)}`);
  const lhr = JSON.parse(out) as Report;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
    throw new Error(`Lighthouse was redirected from ${url} to ${lhr.finalDisplayedUrl} (signed out?)`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    totalBlockingTimeMs: metric("total-blocking-time"),
    largestContentfulPaintMs: metric("largest-contentful-paint"),
  };
}

export async function runLighthouse(
  baseUrl: string,
  pages: LighthousePage[],
  options: { runs: number; log: (line: string) => void },
): Promise<LighthouseResult[]> {
  const results: LighthouseResult[] = [];
  for (const page of pages) {
    const runs: Run[] = [];
    for (let i = 0; i < options.runs; i += 1) runs.push(await auditOnce(baseUrl + page.path, page.cookie));
    const median = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]!;
    const result: LighthouseResult = {
      label: page.label,
      path: page.path,
      runs: runs.length,
      ...median,
      ...(page.floor ? { floor: true } : {}),
    };
    options.log(
      `  Lighthouse ${page.label.padEnd(22)} performance ${result.performance}, TBT ${result.totalBlockingTimeMs.toFixed(0)} ms, ` +
        `LCP ${result.largestContentfulPaintMs.toFixed(0)} ms, accessibility ${result.accessibility}`,
    );
    results.push(result);
  }
  return results;
}
