// Where Prisma's CLI cannot download its native schema engine (offline machines, this project's CI),
// the team ships a drop-in replacement in ../shared/tools. Point the CLI at it when it exists; elsewhere
// Prisma uses its own engine as documented.
import { existsSync } from "node:fs";
import path from "node:path";

export function withSchemaEngine(env = process.env) {
  if (env.PRISMA_SCHEMA_ENGINE_BINARY) return env;
  const shim = path.resolve(process.cwd(), "../shared/tools/prisma-schema-engine/schema-engine");
  return existsSync(shim) ? { ...env, PRISMA_SCHEMA_ENGINE_BINARY: shim } : env;
}
