import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

// `npm test`: every check, in order, with one total at the end. Integration and end-to-end tests run
// against TEST_DATABASE_URL/DATABASE_URL's PostgreSQL when set (each run makes and drops its own
// databases), else against an embedded one. Every stage runs even after a failure, so one run shows
// everything that is wrong.

type Counts = { passed: number; failed: number; skipped: number };
type Stage = {
  name: string;
  command: string[];
  counts?: () => Counts;
  // The names of the tests that failed, for the summary: a CI log is often read from its tail only.
  failures?: () => string[];
  needs?: () => string | null;
};

const reports = path.join(process.cwd(), "test-results", "reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function vitestCounts(file: string) {
  return (): Counts => {
    const report = JSON.parse(readFileSync(file, "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
    };
  };
}

type VitestReport = {
  testResults: {
    name: string;
    assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
};

/** The first line of a failure's message, so the tail of a CI log says why, not only what. */
function firstLine(message: string | undefined): string {
  const line =
    (message ?? "")
      .replace(/\u001b\[[0-9;]*m/g, "") // colour codes from the reporters
      .split("\n")
      .find((l) => l.trim()) ?? "";
  const trimmed = line.trim();
  return trimmed ? `\n           ${trimmed.length > 300 ? `${trimmed.slice(0, 300)}…` : trimmed}` : "";
}

function vitestFailures(file: string) {
  return (): string[] => {
    const report = JSON.parse(readFileSync(file, "utf8")) as VitestReport;
    return report.testResults.flatMap((file) =>
      file.assertionResults
        .filter((test) => test.status === "failed")
        .map(
          (test) =>
            `${path.relative(process.cwd(), file.name)}: ${test.fullName}${firstLine(test.failureMessages?.[0])}`,
        ),
    );
  };
}

type PlaywrightSuite = {
  suites?: PlaywrightSuite[];
  specs?: {
    title: string;
    file: string;
    tests: { status: string; results?: { error?: { message?: string } }[] }[];
  }[];
};

function playwrightFailures(file: string) {
  return (): string[] => {
    const walk = (suite: PlaywrightSuite): string[] => [
      ...(suite.specs ?? []).flatMap((spec) => {
        const failed = spec.tests.find((test) => test.status === "unexpected" || test.status === "flaky");
        if (!failed) return [];
        const error = failed.results?.find((result) => result.error)?.error?.message;
        return [`${spec.file}: ${spec.title}${firstLine(error)}`];
      }),
      ...(suite.suites ?? []).flatMap(walk),
    ];
    return walk(JSON.parse(readFileSync(file, "utf8")) as PlaywrightSuite);
  };
}

function playwrightCounts(file: string) {
  return (): Counts => {
    const { stats } = JSON.parse(readFileSync(file, "utf8")) as {
      stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    };
    return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
  };
}

const unitReport = path.join(reports, "unit.json");
const integrationReport = path.join(reports, "integration.json");
const e2eReport = path.join(reports, "e2e.json");
const multiInstanceReport = path.join(reports, "multi-instance.json");
const budgetReport = path.join(reports, "budget.json");

// bench/js-budget.ts writes { passed, failed } (each check of the JavaScript budget is one test).
function budgetCounts(file: string) {
  return (): Counts => {
    const { passed, failed } = JSON.parse(readFileSync(file, "utf8")) as { passed: number; failed: number };
    return { passed, failed, skipped: 0 };
  };
}

const stages: Stage[] = [
  { name: "typecheck", command: ["npx", "tsc", "--noEmit", "-p", "."] },
  { name: "lint", command: ["npx", "eslint", ".", "--max-warnings=0"] },
  // Prettier is the one code style; `npm run format` fixes what this stage finds.
  { name: "format", command: ["npx", "prettier", "--check", "."] },
  // The generated OpenAPI document against Redocly's and Spectral's rulesets (one check, like lint).
  { name: "openapi", command: ["npx", "tsx", "scripts/openapi.ts", "--lint"] },
  {
    name: "unit",
    command: [
      "npx",
      "vitest",
      "run",
      "--project",
      "unit",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${unitReport}`,
    ],
    counts: vitestCounts(unitReport),
    failures: vitestFailures(unitReport),
  },
  {
    name: "integration",
    command: [
      "npx",
      "vitest",
      "run",
      "--project",
      "integration",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${integrationReport}`,
    ],
    counts: vitestCounts(integrationReport),
    failures: vitestFailures(integrationReport),
  },
  {
    name: "e2e",
    command: ["npx", "playwright", "test", "--reporter=list,json"],
    counts: playwrightCounts(e2eReport),
    failures: playwrightFailures(e2eReport),
  },
  {
    // Two production web instances and separate workers on one PostgreSQL, on the e2e stage's build.
    name: "multi-instance",
    needs: () =>
      process.env.TEST_DATABASE_URL || process.env.DATABASE_URL
        ? null
        : "it needs a PostgreSQL server (TEST_DATABASE_URL); the embedded database serves one connection",
    command: [
      "npx",
      "vitest",
      "run",
      "--project",
      "multi-instance",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${multiInstanceReport}`,
    ],
    counts: vitestCounts(multiInstanceReport),
    failures: vitestFailures(multiInstanceReport),
  },
  {
    // The client completion page's JavaScript, from the build the e2e stage made (NEXT_DIST_DIR or .next).
    name: "budget",
    command: ["npx", "tsx", "bench/js-budget.ts", "--report", budgetReport],
    counts: budgetCounts(budgetReport),
  },
];

function run(command: string[]): Promise<number> {
  const [bin, ...args] = command as [string, ...string[]];
  const child = spawn(bin, args, {
    stdio: "inherit",
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport, FORCE_COLOR: process.env.CI ? "0" : "1" },
  });
  return new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1)));
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  const summary: string[] = [];
  for (const stage of stages) {
    if (only.length && !only.includes(stage.name)) continue;
    console.log(`\n── ${stage.name} ──────────────────────────────────────────`);
    const missing = stage.needs?.();
    if (missing) {
      console.log(`Not run: ${missing}.`);
      summary.push(`not run ${stage.name.padEnd(12)} ${missing}`);
      continue;
    }
    const started = Date.now();
    const code = await run(stage.command);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    let counts: Counts =
      code === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
    if (stage.counts) {
      try {
        counts = stage.counts();
        if (code !== 0 && counts.failed === 0) counts.failed = 1; // the runner itself failed
      } catch {
        counts = { passed: 0, failed: 1, skipped: 0 };
      }
    }
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    summary.push(
      `${code === 0 ? "ok  " : "FAIL"} ${stage.name.padEnd(12)} ${counts.passed} passed, ${counts.failed} failed (${seconds}s)`,
    );
    if (counts.failed > 0 && stage.failures) {
      try {
        for (const name of stage.failures()) summary.push(`       ✗ ${name}`);
      } catch {
        // No report (the runner itself failed): its own output above says why.
      }
    }
  }
  console.log(`\n── summary ─────────────────────────────────────────────`);
  for (const line of summary) console.log(line);
  // The closing line CI reads: typecheck and lint count as one check each.
  console.log(
    `\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`,
  );
  process.exit(total.failed === 0 && summary.every((line) => !line.startsWith("FAIL")) ? 0 : 1);
}

if (!existsSync(path.join(process.cwd(), "lib/generated/prisma/client.ts"))) {
  console.error("The Prisma client is not generated: run `npm ci` (or `npm run db:generate`) first.");
  process.exit(1);
}
void main();
