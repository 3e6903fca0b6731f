import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

// The JavaScript budget of the client completion page (app/(client)/assignments/[id]), read from
// the production build: every script a first visit to that page loads (the framework's root main
// files from the route's build manifest, then the chunks its client reference manifest lists for
// the root layout, the (client) layout and the page), each gzipped as a server would send it,
// summed. Polyfills are listed apart: Next.js loads them only in browsers without ES modules
// (`nomodule`). Run after a build: `tsx bench/js-budget.ts` (the `budget` stage of `npm test`, after
// the end-to-end stage has built `NEXT_DIST_DIR` or `.next`); with no build there it builds first.

export const ROUTE = "/(client)/assignments/[id]/page";
export const ROUTE_DIR = path.join("server", "app", "(client)", "assignments", "[id]");
/**
 * In kilobytes of 1,000 bytes, as Next.js reports "First Load JS": the target of issue 9. React 19
 * and Next.js 16 themselves are 132.4 KB of it, so the app's layouts and page get ~17 KB. It is 148.0 KB
 * after the rarely needed parts (conflict choices, state picker, log prompts)
 * were split out to load on demand and the client's pages stopped shipping next/link.
 */
export const BUDGET_BYTES = 150_000;

export type Chunk = { file: string; bytes: number; gzipBytes: number; group: "framework" | "route" };
export type Budget = {
  chunks: Chunk[];
  polyfills: Chunk[];
  totalGzip: number;
  frameworkGzip: number;
  routeGzip: number;
  budget: number;
  withinBudget: boolean;
};

type RscManifest = { entryJSFiles?: Record<string, string[]> };

/** The route's client reference manifest is a script that assigns globalThis.__RSC_MANIFEST[route]. */
export function readClientReferenceManifest(source: string, route: string = ROUTE): RscManifest {
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, RscManifest> } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(source, sandbox, { timeout: 1000 });
  const manifest = sandbox.__RSC_MANIFEST?.[route];
  if (!manifest) throw new Error(`the client reference manifest has no entry for ${route}`);
  return manifest;
}

/** The script files a first visit loads, in order, without duplicates. */
export function routeScripts(
  buildManifest: { rootMainFiles?: string[]; polyfillFiles?: string[] },
  rsc: RscManifest,
) {
  const framework = [...new Set(buildManifest.rootMainFiles ?? [])];
  const route: string[] = [];
  for (const files of Object.values(rsc.entryJSFiles ?? {})) {
    for (const f of files) if (!framework.includes(f) && !route.includes(f)) route.push(f);
  }
  return { framework, route, polyfills: [...new Set(buildManifest.polyfillFiles ?? [])] };
}

export function measureBudget(distDir: string, budget = BUDGET_BYTES): Budget {
  const routeDir = path.join(distDir, ROUTE_DIR);
  const rscFile = path.join(routeDir, "page_client-reference-manifest.js");
  const perRoute = path.join(routeDir, "page", "build-manifest.json");
  const buildManifestFile = existsSync(perRoute) ? perRoute : path.join(distDir, "build-manifest.json");
  if (!existsSync(rscFile))
    throw new Error(
      `no client reference manifest at ${rscFile}: is ${distDir} a production build of this app?`,
    );
  const buildManifest = JSON.parse(readFileSync(buildManifestFile, "utf8")) as {
    rootMainFiles?: string[];
    polyfillFiles?: string[];
  };
  const scripts = routeScripts(buildManifest, readClientReferenceManifest(readFileSync(rscFile, "utf8")));
  if (scripts.framework.length === 0 || scripts.route.length === 0)
    throw new Error("the manifests list no scripts for the page");
  const measure = (file: string, group: Chunk["group"]): Chunk => {
    const content = readFileSync(path.join(distDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content).length, group };
  };
  const chunks = [
    ...scripts.framework.map((f) => measure(f, "framework")),
    ...scripts.route.map((f) => measure(f, "route")),
  ];
  const sum = (list: Chunk[]) => list.reduce((a, c) => a + c.gzipBytes, 0);
  const totalGzip = sum(chunks);
  return {
    chunks,
    polyfills: scripts.polyfills.map((f) => measure(f, "framework")),
    totalGzip,
    frameworkGzip: sum(chunks.filter((c) => c.group === "framework")),
    routeGzip: sum(chunks.filter((c) => c.group === "route")),
    budget,
    withinBudget: totalGzip <= budget,
  };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

export function describeBudget(b: Budget): string {
  const lines = b.chunks.map(
    (c) =>
      `  ${c.group.padEnd(9)} ${c.file.padEnd(44)} ${kb(c.bytes).padStart(9)} raw ${kb(c.gzipBytes).padStart(8)} gzip`,
  );
  lines.push(
    `  total: ${kb(b.totalGzip)} gzipped (framework ${kb(b.frameworkGzip)}, layouts and page ${kb(b.routeGzip)}); budget ${kb(b.budget)}`,
    `  not counted: ${b.polyfills.map((p) => `${p.file} ${kb(p.gzipBytes)}`).join(", ") || "no"} polyfills (nomodule, old browsers only)`,
  );
  return lines.join("\n");
}

function build(distDir: string): Promise<void> {
  const next = require.resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [next, "build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir },
  });
  return new Promise((resolve, reject) =>
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (${code})`)))),
  );
}

async function main(): Promise<void> {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const reportIndex = process.argv.indexOf("--report");
  const report = reportIndex > 0 ? process.argv[reportIndex + 1] : undefined;
  const results: { name: string; ok: boolean; detail: string }[] = [];
  try {
    if (!existsSync(path.join(distDir, "BUILD_ID"))) {
      console.log(`No production build in ${distDir}: building it first.`);
      await build(distDir);
    }
    const b = measureBudget(distDir);
    results.push({
      name: "the build's manifests list the completion page's scripts",
      ok: true,
      detail: `${b.chunks.length} scripts`,
    });
    results.push({
      name: `the client completion page ships at most ${kb(b.budget)} of gzipped JavaScript`,
      ok: b.withinBudget,
      detail: `${kb(b.totalGzip)} (${b.withinBudget ? "within" : `over by ${kb(b.totalGzip - b.budget)}`})\n${describeBudget(b)}`,
    });
  } catch (error) {
    results.push({
      name: "the build's manifests list the completion page's scripts",
      ok: false,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  for (const r of results) console.log(`${r.ok ? "✓" : "✗"} ${r.name}: ${r.detail}`);
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  if (report) {
    mkdirSync(path.dirname(report), { recursive: true });
    writeFileSync(report, JSON.stringify({ passed, failed, results }, null, 2));
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

if (require.main === module) void main();
