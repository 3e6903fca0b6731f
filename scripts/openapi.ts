import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { generateSchemaTypes, SCHEMA_TYPES_FILE } from "@/lib/api-client/generate";
import { buildOpenApiDocument } from "@/lib/http/openapi";

// `npm run api:types`: writes the OpenAPI document (openapi.json, not committed: the app serves it at
// /api/v1/openapi.json) and the client's types (lib/api-client/schema.d.ts, committed).
// `npm run api:lint` (the "openapi" stage of `npm test`): writes the document and lints it with
// Redocly (redocly.yaml) and Spectral (.spectral.yaml); any error or warning fails.

const DOCUMENT_FILE = "openapi.json";

async function main(): Promise<void> {
  const lint = process.argv.includes("--lint");
  writeFileSync(DOCUMENT_FILE, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
  console.log(`wrote ${DOCUMENT_FILE}`);
  if (!lint) {
    writeFileSync(SCHEMA_TYPES_FILE, await generateSchemaTypes());
    console.log(`wrote ${SCHEMA_TYPES_FILE}`);
    return;
  }
  const linters = [
    ["npx", "redocly", "lint", DOCUMENT_FILE, "--max-problems=1000"],
    ["npx", "spectral", "lint", DOCUMENT_FILE, "--fail-severity=warn"],
  ];
  let failed = 0;
  for (const [bin, ...args] of linters) {
    console.log(`\n$ ${[bin, ...args].join(" ")}`);
    const { status } = spawnSync(bin!, args, {
      stdio: "inherit",
      env: { ...process.env, REDOCLY_TELEMETRY: "off" },
    });
    if (status !== 0) failed++;
  }
  process.exit(failed === 0 ? 0 : 1);
}

void main();
