import { readFileSync } from "node:fs";
import { Client } from "pg";
import PgBoss from "pg-boss";
import { e2eDatabaseUrlFile } from "../../support/e2e-database-file";

// Straight to the e2e server's database, for what a spec cannot do through the app: read rows the
// app keeps to itself, or stand in for the passing of time (a cron tick, minutes gone by).

function url(): string {
  return readFileSync(e2eDatabaseUrlFile(), "utf8").trim();
}

export async function sql<T extends object = Record<string, unknown>>(text: string, values: unknown[] = []) {
  const client = new Client({ connectionString: url() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Runs the periodic notification scan now (what the 5-minute cron would do), on the server's worker. */
export async function runNotificationScan(): Promise<void> {
  const boss = new PgBoss({
    connectionString: url(),
    schema: "pgboss",
    supervise: false,
    schedule: false,
    migrate: false,
    max: 1,
  });
  await boss.start();
  try {
    await boss.send("notification-scan", {});
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
