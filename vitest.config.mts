import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname);
// Without a PostgreSQL server the embedded one serves a single connection: one worker then.
const embedded = !process.env.TEST_DATABASE_URL && !process.env.DATABASE_URL;

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      { find: /^server-only$/, replacement: path.join(root, "tests/support/empty.ts") },
    ],
  },
  test: {
    maxWorkers: embedded ? 1 : 2,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          pool: "forks",
          // Embedded: one long-lived worker keeps the single allowed connection for every file.
          isolate: !embedded,
          globalSetup: ["tests/support/integration-global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Two production web servers and separate workers on one PostgreSQL (npm test's
          // multi-instance stage, after e2e, whose production build it reuses).
          name: "multi-instance",
          include: ["tests/multi-instance/**/*.test.ts"],
          environment: "node",
          pool: "forks",
          testTimeout: 90_000,
          // Starting the servers; building first only when no production build is there.
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
