#!/usr/bin/env node
// `node scripts/prisma.mjs <args>` runs the Prisma CLI with the schema-engine fallback applied.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { withSchemaEngine } from "./prisma-env.mjs";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: withSchemaEngine(),
});
process.exit(result.status ?? 1);
