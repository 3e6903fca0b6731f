import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every way into Mend's data goes through a declared gate (issue 17): each /api route export is
// built with handle(), each server action with action()/formAction(), each page with page() or
// publicPage(). A new entry point that reaches data without one fails here; the few that are
// outside on purpose are listed with the reason.

const ROOT = process.cwd();

function filesUnder(dir: string, match: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(rel, match));
    else if (match(entry.name)) out.push(rel);
  }
  return out.sort();
}

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const METHOD = /^export (?:async )?(?:const|function) (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b(.*)$/gm;

/** Routes outside handle(), and why. */
const ROUTES_WITHOUT_HANDLE: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own handler (sign-in, sign-out, CSRF token)",
  "app/api/v1/openapi.json/route.ts": "the static OpenAPI document",
  "app/api/csp-report/route.ts":
    "browsers' CSP violation reports: anonymous by nature, bounded in lib/security/csp-report",
  "app/api/health/route.ts": "liveness for the load balancer: no data",
  "app/api/bench/floor/route.ts": "benchmark floor: no data",
  "app/api/bench/floor/auth/route.ts": "benchmark floor of the session read alone: no data",
};

/** Pages outside page()/publicPage(), and why. */
const PAGES_WITHOUT_GATE: Record<string, string> = {
  "app/(auth)/forgot-password/page.tsx": "a static form that posts to the API",
  "app/(auth)/sign-in/email/page.tsx": "a static form that posts to the API",
  "app/(auth)/two-factor/setup/page.tsx":
    "its own gate, requireTwoFactorSetupActor: the one page staff who must set up two-step may open",
  "app/bench/floor/page.tsx":
    "benchmark page floor: 404 unless MEND_BENCH=1 before the session is read (page() would read it first), then requirePageActor as page() does; fixed content, no data",
};

describe("every entry point goes through a declared gate", () => {
  it("every /api route method is built with handle() (or is listed with a reason)", () => {
    const routes = filesUnder("app/api", (name) => name === "route.ts");
    expect(routes.length).toBeGreaterThan(30);
    for (const file of routes) {
      const methods = [...read(file).matchAll(METHOD)];
      if (file in ROUTES_WITHOUT_HANDLE) continue;
      expect(methods.length, `${file} exports no route method`).toBeGreaterThan(0);
      for (const [line, method, rest] of methods) {
        expect(rest, `${file}: ${line}`).toMatch(/^ = handle\(/);
        expect(method).toBeTruthy();
      }
      expect(read(file), `${file} re-exports a handler`).not.toMatch(
        /^export \{[^}]*\b(GET|POST|PUT|PATCH|DELETE)\b/m,
      );
    }
    for (const file of Object.keys(ROUTES_WITHOUT_HANDLE))
      expect(routes, `${file} is listed but gone`).toContain(file);
  });

  it('every export of a "use server" file is an action built with action() or formAction()', () => {
    const files = [
      ...filesUnder("app", (n) => /\.tsx?$/.test(n)),
      ...filesUnder("lib", (n) => /\.tsx?$/.test(n)),
    ].filter((file) => /^\s*["']use server["'];/.test(read(file)));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      const exports = read(file)
        .split("\n")
        .filter((line) => line.startsWith("export ") && !line.startsWith("export type "));
      expect(exports.length, `${file} exports no action`).toBeGreaterThan(0);
      for (const line of exports) expect(line, file).toMatch(/^export const \w+ = (action|formAction)\($/);
    }
  });

  it("every page is built with page() or publicPage() (or is listed with a reason), and none asks who is signed in by itself", () => {
    const pages = filesUnder("app", (name) => name === "page.tsx");
    expect(pages.length).toBeGreaterThan(35);
    for (const file of pages) {
      const source = read(file);
      if (file in PAGES_WITHOUT_GATE) continue;
      expect(source, `${file} is not built with the page gate`).toMatch(
        /^export default (page\(\{ (roles|permission): [^}]+\}, |publicPage\()\w+\);$/m,
      );
      expect(source, `${file} reads the session itself`).not.toMatch(
        /\b(requirePageActor|requireActor|getActor)\b/,
      );
    }
    for (const [file] of Object.entries(PAGES_WITHOUT_GATE)) {
      expect(pages, `${file} is listed but gone`).toContain(file);
      const libImports = [...read(file).matchAll(/from "@\/lib\/([^"]+)"/g)].map((m) => m[1]);
      expect(
        libImports.filter((module) => module !== "auth/session" && !module?.startsWith("policy/")),
        `${file} reads data without a gate`,
      ).toEqual([]);
    }
  });
});
