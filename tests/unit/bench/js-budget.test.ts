import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  measureBudget,
  readClientReferenceManifest,
  ROUTE,
  ROUTE_DIR,
  routeScripts,
} from "@/bench/js-budget";

// A miniature build directory shaped like Next 16's output: the route's client reference manifest
// (a script) and its build manifest, and the chunks they name.
function fakeBuild(chunks: Record<string, number>, entry: Record<string, string[]>, rootMain: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), "mend-budget-"));
  const routeDir = path.join(dir, ROUTE_DIR);
  mkdirSync(path.join(routeDir, "page"), { recursive: true });
  mkdirSync(path.join(dir, "static", "chunks"), { recursive: true });
  writeFileSync(
    path.join(routeDir, "page_client-reference-manifest.js"),
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(ROUTE)}] = ${JSON.stringify({ clientModules: {}, entryJSFiles: entry })};`,
  );
  writeFileSync(
    path.join(routeDir, "page", "build-manifest.json"),
    JSON.stringify({ rootMainFiles: rootMain, polyfillFiles: ["static/chunks/poly.js"] }),
  );
  for (const [file, size] of Object.entries({ ...chunks, "static/chunks/poly.js": 100 })) {
    // Random-ish content so gzip cannot shrink it to nothing.
    let s = "";
    for (let i = 0; s.length < size; i += 1)
      s += Math.sin(i * 7919)
        .toString(36)
        .slice(2, 10);
    writeFileSync(path.join(dir, file), s.slice(0, size));
  }
  return dir;
}

describe("the completion page's JavaScript budget", () => {
  it("reads the client reference manifest script without running it in the test's own globals", () => {
    const m = readClientReferenceManifest(
      `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {}; globalThis.__RSC_MANIFEST["${ROUTE}"] = { entryJSFiles: { a: ["x.js"] } };`,
    );
    expect(m.entryJSFiles).toEqual({ a: ["x.js"] });
    expect((globalThis as { __RSC_MANIFEST?: unknown }).__RSC_MANIFEST).toBeUndefined();
    expect(() => readClientReferenceManifest("globalThis.__RSC_MANIFEST = {};")).toThrow(/no entry/);
  });

  it("counts the framework's root files and every layout and page chunk once, without polyfills", () => {
    const scripts = routeScripts(
      { rootMainFiles: ["f1.js", "f2.js"], polyfillFiles: ["p.js"] },
      { entryJSFiles: { layout: ["l.js"], page: ["l.js", "page.js", "f1.js"] } },
    );
    expect(scripts).toEqual({
      framework: ["f1.js", "f2.js"],
      route: ["l.js", "page.js"],
      polyfills: ["p.js"],
    });
  });

  it("gzips and sums each chunk, and flags a page over the budget", () => {
    const dir = fakeBuild(
      { "static/chunks/main.js": 4_000, "static/chunks/layout.js": 2_000, "static/chunks/page.js": 3_000 },
      {
        "[project]/app/layout": ["static/chunks/layout.js"],
        "[project]/app/(client)/assignments/[id]/page": ["static/chunks/layout.js", "static/chunks/page.js"],
      },
      ["static/chunks/main.js"],
    );
    const b = measureBudget(dir, 1_000_000);
    expect(b.chunks.map((c) => c.file)).toEqual([
      "static/chunks/main.js",
      "static/chunks/layout.js",
      "static/chunks/page.js",
    ]);
    expect(b.totalGzip).toBe(b.chunks.reduce((a, c) => a + c.gzipBytes, 0));
    expect(b.totalGzip).toBeGreaterThan(0);
    expect(b.totalGzip).toBeLessThan(9_000);
    expect(b.frameworkGzip + b.routeGzip).toBe(b.totalGzip);
    expect(b.withinBudget).toBe(true);
    expect(b.polyfills.map((p) => p.file)).toEqual(["static/chunks/poly.js"]);
    expect(measureBudget(dir, 100).withinBudget).toBe(false);
  });

  it("fails, never passes, when the build has no manifest for the page", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mend-budget-empty-"));
    expect(() => measureBudget(dir)).toThrow(/no client reference manifest/);
  });
});
