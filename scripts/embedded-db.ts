import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// The zero-setup database: PGlite (PostgreSQL compiled to WebAssembly) in this process, served over
// TCP so the app, Prisma's CLI and the seed reach it like any PostgreSQL server.
//
// Measured here (README "Embedded database"): the socket server multiplexes several sockets onto one
// PGlite session and interleaves their protocol messages, so two clients at once corrupt each other
// (`portal "" does not exist`). It is started with maxConnections 1 and every client uses a pool of 1.

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export async function startEmbeddedDatabase(options: { dataDir: string; port: number }): Promise<EmbeddedDatabase> {
  mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const pglite = await PGlite.create({ dataDir: options.dataDir });
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: options.port, maxConnections: 1 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}
