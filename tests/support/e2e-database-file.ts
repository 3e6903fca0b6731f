import path from "node:path";

/** Where scripts/e2e-server.ts writes its database's URL, for specs that read emails (tests/e2e/support/emails.ts). */
export function e2eDatabaseUrlFile(): string {
  return path.resolve(process.env.NEXT_DIST_DIR ?? ".next", "e2e-database-url");
}
