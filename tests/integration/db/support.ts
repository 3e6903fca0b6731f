import { randomUUID } from "node:crypto";
import net from "node:net";
import { inject } from "vitest";
import { Client } from "pg";

// Dropping database connections on purpose. On a real PostgreSQL server the way production sees it:
// pg_terminate_backend on the backends of one connection string (tagged with a unique
// application_name). The embedded database (PGlite, one session) has no backends to terminate: there
// the connections go through a small TCP relay that cuts them, which is what a terminated backend
// looks like from the client (the embedded socket server rolls back an open transaction when its
// socket goes away, as PostgreSQL does).

export const embedded = (): boolean => inject("mendEmbedded");

export type Killable = {
  /** Connection string for the client under test. */
  url: string;
  /** Drops every connection made through `url`; returns how many. */
  kill: () => Promise<number>;
  /** Drops one backend by pid (real server) or every connection (embedded). */
  killPid: (pid: number) => Promise<number>;
  /**
   * Runs `send` and drops its connection while the statement is in flight: on a real server the
   * statement sleeps (`sleepSeconds`) and the backend is terminated meanwhile; on the embedded one
   * the relay cuts the connection as the statement goes out (PGlite runs inside the test server's
   * event loop, so a sleeping statement there would stall the server itself).
   */
  dropInFlight: <T>(send: (sleepSeconds: number) => Promise<T>) => Promise<PromiseSettledResult<T>>;
  close: () => Promise<void>;
};

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function onServer(base: string): Killable {
  const tag = `resilience-${randomUUID().slice(0, 8)}`;
  const url = new URL(base);
  url.searchParams.set("application_name", tag);
  const terminate = (where: string, values: unknown[]) =>
    admin(async (c) => {
      const { rows } = await c.query<{ n: string }>(
        `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE datname = current_database() AND ${where}`,
        values,
      );
      return Number(rows[0]!.n);
    });
  const kill = () => terminate("application_name = $1", [tag]);
  return {
    url: url.toString(),
    kill,
    killPid: (pid) => terminate("pid = $1", [pid]),
    dropInFlight: async (send) => {
      const pending = send(0.5).then(
        (value) => ({ status: "fulfilled" as const, value }),
        (reason: unknown) => ({ status: "rejected" as const, reason }),
      );
      await new Promise((r) => setTimeout(r, 200));
      await kill();
      return pending;
    },
    close: async () => {},
  };
}

async function throughRelay(base: string): Promise<Killable> {
  const target = new URL(base);
  const pairs = new Set<[net.Socket, net.Socket]>();
  let dropNextStatement = false;
  const server = net.createServer((incoming) => {
    const outgoing = net.connect(Number(target.port || 5432), target.hostname);
    const pair: [net.Socket, net.Socket] = [incoming, outgoing];
    pairs.add(pair);
    const end = () => {
      pairs.delete(pair);
      incoming.destroy();
      outgoing.destroy();
    };
    incoming.on("error", end).on("close", end);
    outgoing.on("error", end).on("close", end);
    incoming.on("data", (chunk: Buffer) => {
      // A simple ('Q') or extended ('P'arse) query message: the statement is on its way.
      if (dropNextStatement && (chunk[0] === 0x51 || chunk[0] === 0x50)) {
        dropNextStatement = false;
        end();
        return;
      }
      outgoing.write(chunk);
    });
    outgoing.pipe(incoming);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as net.AddressInfo;
  const url = new URL(base);
  url.hostname = "127.0.0.1";
  url.port = String(address.port);
  const cut = async () => {
    const n = pairs.size;
    for (const [a, b] of [...pairs]) {
      a.destroy();
      b.destroy();
    }
    // Let the embedded server see the close (and roll back) before anyone reconnects.
    await new Promise((r) => setTimeout(r, 100));
    return n;
  };
  return {
    url: url.toString(),
    kill: cut,
    killPid: cut,
    dropInFlight: async (send) => {
      dropNextStatement = true;
      const settled = await send(0).then(
        (value) => ({ status: "fulfilled" as const, value }),
        (reason: unknown) => ({ status: "rejected" as const, reason }),
      );
      dropNextStatement = false;
      return settled;
    },
    close: async () => {
      await cut();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export async function killableDatabase(): Promise<Killable> {
  const base = process.env.DATABASE_URL!;
  return embedded() ? throughRelay(base) : onServer(base);
}

/** Pool size for a second client: the embedded server admits only one more connection. */
export const poolSize = (wanted: number): number => (embedded() ? 1 : wanted);
