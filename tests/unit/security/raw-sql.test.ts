import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// No SQL is built from strings anywhere in the application: Prisma's tagged $queryRaw`...` (which
// sends values as parameters) is the only raw SQL allowed, and only where reviewed. The unsafe
// variants (and Prisma.raw, which splices text into a tagged query) are refused outright, so
// request input can never become SQL.

const ROOTS = [
  "app",
  "lib",
  "components",
  "prisma",
  "scripts",
  "bench",
  "instrumentation.ts",
  "instrumentation-node.ts",
  "proxy.ts",
];
const SKIP = new Set(["node_modules", "generated", "migrations"]);

function sourceFiles(entry: string): string[] {
  const full = path.join(process.cwd(), entry);
  if (/\.(ts|tsx|mts|js|mjs)$/.test(entry)) return [full];
  let names: string[];
  try {
    names = readdirSync(full, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return names
    .filter(
      (name) => /\.(ts|tsx|mts|js|mjs)$/.test(name) && !name.split(path.sep).some((part) => SKIP.has(part)),
    )
    .map((name) => path.join(full, name));
}

// A type argument (`$queryRaw<Row[]>`...``) may sit between the name and the template or call.
const TYPE_ARGUMENT = String.raw`(?:\s*<[^\x60()]*>)?\s*`;
const UNSAFE = new RegExp(
  String.raw`\$queryRawUnsafe|\$executeRawUnsafe|Prisma\.raw\s*\(|\bsql\.raw\s*\(|\$(?:queryRaw|executeRaw)${TYPE_ARGUMENT}\(`,
);
const TAGGED = new RegExp(String.raw`\$(?:queryRaw|executeRaw)${TYPE_ARGUMENT}\x60`, "g");

/** Tagged raw queries that were reviewed: file -> how many. Values in them are bound parameters. */
const REVIEWED_TAGGED: Record<string, number> = {
  // The dashboard's copies, walked from the clinician's assignments (a plan Prisma cannot ask for);
  // every value is a bound parameter.
  "lib/dashboard/copies.ts": 1,
  // SELECT 1 for the health check.
  "lib/health.ts": 1,
  // The last appointment of each person on the dashboard, grouped (Prisma's groupBy costs twice the
  // CPU for the same plan); practice, clinician, time and id lists are parameters.
  "lib/dashboard/service.ts": 1,
  // SELECT ... FOR UPDATE on one response row (Prisma has no row lock), and the one-statement autosave
  // (lock, state check and UPDATE together); ids, version, answers and time are parameters.
  "lib/responses/locks.ts": 2,
  // The inbox's thread list and unread total, scoped by threadScopeSql (a Prisma.sql fragment whose
  // values are parameters, pinned against threadScope by tests/integration/messages/inbox-sql.test.ts).
  "lib/messages/inbox.ts": 2,
  // Unread messages per thread for one reader (a count against their last-read time, which Prisma's
  // _count cannot compare across tables); the user id and thread ids are parameters.
  "lib/messages/queries.ts": 1,
};

describe("raw SQL", () => {
  const files = ROOTS.flatMap(sourceFiles);

  it("scans the application's source", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("recognises raw queries with or without a type argument", () => {
    const tagged = [
      "db.$queryRaw`SELECT 1`",
      "db.$queryRaw<{ n: number }[]>`SELECT 1`",
      "tx.$executeRaw <number> `UPDATE x`",
    ];
    for (const text of tagged) expect(text.match(TAGGED), text).toHaveLength(1);
    const called = [
      "db.$queryRaw(sql)",
      "db.$queryRaw<Row[]>(sql)",
      "db.$executeRaw<number>(query)",
      "db.$queryRawUnsafe(text)",
    ];
    for (const text of called) expect(UNSAFE.test(text), text).toBe(true);
    expect(UNSAFE.test("db.$queryRaw<Row[]>`SELECT 1`")).toBe(false);
  });

  it("never uses the unsafe raw query APIs (or a raw query called as a function)", () => {
    const offenders = files
      .map((file) => [path.relative(process.cwd(), file), readFileSync(file, "utf8")] as const)
      // Comments may name the APIs (lib/jobs/boss.ts explains why it does not use them).
      .filter(([, text]) => UNSAFE.test(text.replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "")))
      .map(([file]) => file);
    expect(offenders).toEqual([]);
  });

  it("has only the reviewed tagged raw queries", () => {
    const found: Record<string, number> = {};
    for (const file of files) {
      const count = readFileSync(file, "utf8").match(TAGGED)?.length ?? 0;
      if (count) found[path.relative(process.cwd(), file).split(path.sep).join("/")] = count;
    }
    expect(found).toEqual(REVIEWED_TAGGED);
  });

  it("sends SQL through the pg pool only from pg-boss's adapter (its own parameterised statements)", () => {
    const users = files
      .map((file) => path.relative(process.cwd(), file).split(path.sep).join("/"))
      .filter((file) => /^(app|lib)\//.test(file))
      .filter((file) => /\.query\(/.test(readFileSync(path.join(process.cwd(), file), "utf8")));
    expect(users).toEqual(["lib/jobs/boss.ts"]);
  });

  it("keeps Prisma's strict undefined checks on (an undefined filter cannot widen a query)", () => {
    const schema = readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
    expect(schema).toMatch(/previewFeatures\s*=\s*\[[^\]]*"strictUndefinedChecks"/);
  });
});
