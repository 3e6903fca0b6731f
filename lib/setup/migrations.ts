import { readdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Whether the database has every migration this build ships, asked before setup touches anything:
// on an empty or half-migrated database the insert would fail half-way through with a Prisma error
// that does not say what to do.

export type MigrationState = { migrated: true } | { migrated: false; missing: string[] };

async function shippedMigrations(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function migrationState(
  databaseUrl: string,
  migrationsDir = path.join(process.cwd(), "prisma", "migrations"),
): Promise<MigrationState> {
  const shipped = await shippedMigrations(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "mend-setup" });
  await client.connect();
  try {
    const table = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
    );
    if (!table.rows[0]?.exists) return { migrated: false, missing: shipped };
    const applied = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Set(applied.rows.map((row) => row.migration_name));
    const missing = shipped.filter((name) => !done.has(name));
    return missing.length ? { migrated: false, missing } : { migrated: true };
  } finally {
    await client.end().catch(() => undefined);
  }
}
