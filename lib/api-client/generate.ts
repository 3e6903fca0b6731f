import openapiTS, { astToString } from "openapi-typescript";
import { buildOpenApiDocument } from "@/lib/http/openapi";

/** Where the generated types are committed: the typed client and the API tests are built on them. */
export const SCHEMA_TYPES_FILE = "lib/api-client/schema.d.ts";

const BANNER = `// Generated from the OpenAPI document (lib/http/openapi.ts) by \`npm run api:types\`. Do not edit:
// tests/unit/http/openapi.test.ts fails when this file and the operations disagree.

`;

/** The TypeScript types of the document, exactly as `npm run api:types` writes them. */
export async function generateSchemaTypes(): Promise<string> {
  // The document is plain JSON; openapi-typescript's own types for it are stricter than our builder's.
  const ast = await openapiTS(buildOpenApiDocument() as unknown as Parameters<typeof openapiTS>[0]);
  return BANNER + astToString(ast);
}
