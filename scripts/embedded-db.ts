import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// The zero-setup database: PGlite (PostgreSQL compiled to WebAssembly) in this process, served over
// TCP so the app, Prisma's CLI and the seed reach it like any PostgreSQL server.
//
// Measured here (docs/embedded-database.md): the socket server multiplexes several sockets onto one
// PGlite session and interleaves their protocol messages, so two clients at once corrupt each other
// (`portal "" does not exist`). So every client uses a pool of 1 and only one client runs at a time.
// The server still admits a second socket: after a query error, @prisma/adapter-pg drops its
// connection and the pool opens a new one at once, before the server has noticed the old one close;
// with a limit of 1 that new connection is refused and the next query fails.

export type EmbeddedDatabase = {
  url: string;
  /** Resolves once no client is connected: the next client would otherwise be refused. */
  waitUntilIdle: (timeoutMs?: number) => Promise<void>;
  stop: () => Promise<void>;
};

export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
}): Promise<EmbeddedDatabase> {
  if (!options.dataDir.startsWith("memory://")) mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const pglite = await PGlite.create({ dataDir: options.dataDir });
  const server = new PGLiteSocketServer({
    db: pglite,
    host: "127.0.0.1",
    port: options.port,
    maxConnections: 2,
  });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
    async waitUntilIdle(timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (server.getStats().activeConnections > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}
