import net from "node:net";
import { Client } from "pg";

// Test databases: each run creates its own and drops them afterwards, on the server named by
// TEST_DATABASE_URL or DATABASE_URL; with neither set, an in-memory embedded PostgreSQL (PGlite).
// Plain CommonJS-safe code (no import.meta, no .mjs): Playwright specs import it too
// (tests/e2e/support/fresh-deployment.ts); ./databases.ts adds `migrate`.

export function configuredServerUrl(): string | null {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || null;
}

/** Tests create and drop databases: refuse anything but this machine. */
export function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (
    !["localhost", "127.0.0.1", "::1", "[::1]"].includes(host) &&
    process.env.MEND_ALLOW_REMOTE_TEST_DB !== "1"
  ) {
    throw new Error(
      `Refusing to run tests against a non-local database (${host}). Set MEND_ALLOW_REMOTE_TEST_DB=1 to override.`,
    );
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(serverUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const ident = (name: string) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  return `"${name}"`;
};

export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  await admin(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${ident(name)}${template ? ` TEMPLATE ${ident(template)}` : ""}`);
  });
  return withDatabase(serverUrl, name);
}

export async function dropDatabases(serverUrl: string, names: string[]): Promise<void> {
  await admin(serverUrl, async (client) => {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export function runId(): string {
  return `${Date.now().toString(36)}_${process.pid}`;
}
