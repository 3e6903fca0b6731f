import { describe, expect, it } from "vitest";
import { createSharedPoolClient } from "@/lib/db/client";
import { killableDatabase, poolSize } from "./support";

// The app's pool (lib/db: one pg pool under Prisma, shared with the job queue) after PostgreSQL drops
// its connections (a restart, a failover, an admin's pg_terminate_backend): the app must recover by
// itself, with no restart and no error for a read that could simply run again.

describe("the database pool after its connections are terminated", () => {
  it("answers the very next reads, then writes, without the caller retrying", async () => {
    const k = await killableDatabase();
    const { prisma, pool } = createSharedPoolClient(k.url, poolSize(3));
    try {
      await Promise.all([prisma.practice.count(), prisma.user.count(), prisma.exercise.count()]);
      expect(await k.kill()).toBeGreaterThan(0);
      const [exercises, practices] = await Promise.all([prisma.exercise.count(), prisma.practice.count()]);
      expect(exercises).toBeGreaterThan(0);
      expect(practices).toBeGreaterThanOrEqual(0);
      const created = await prisma.practice.create({
        data: { name: "After the kill", slug: `after-kill-${Date.now()}` },
        select: { id: true },
      });
      expect(await prisma.practice.count({ where: { id: created.id } })).toBe(1);
      // And a transaction started right after another kill.
      await Promise.all([prisma.practice.count(), prisma.user.count()]);
      expect(await k.kill()).toBeGreaterThan(0);
      const renamed = await prisma.$transaction(async (tx) => {
        await tx.practice.update({ where: { id: created.id }, data: { name: "Renamed after the kill" } });
        return tx.practice.findUniqueOrThrow({ where: { id: created.id }, select: { name: true } });
      });
      expect(renamed.name).toBe("Renamed after the kill");
    } finally {
      await prisma.$disconnect();
      await pool.end();
      await k.close();
    }
  });

  it("recovers again and again (three kills in a row)", async () => {
    const k = await killableDatabase();
    const { prisma, pool } = createSharedPoolClient(k.url, poolSize(2));
    try {
      for (let round = 0; round < 3; round += 1) {
        await Promise.all([prisma.exercise.count(), prisma.exercise.count()]);
        expect(await k.kill()).toBeGreaterThan(0);
        expect(await prisma.exercise.findFirst({ select: { id: true } })).not.toBeNull();
      }
    } finally {
      await prisma.$disconnect();
      await pool.end();
      await k.close();
    }
  });

  it("runs a read again on a fresh connection when its connection dies while it runs; a write is not repeated", async () => {
    const k = await killableDatabase();
    const { prisma, pool } = createSharedPoolClient(k.url, poolSize(2));
    try {
      await prisma.exercise.count(); // connected, so the statements below start at once
      // (Prisma's queries are lazy: .then() sends them.)
      const read = await k.dropInFlight((sleep) =>
        prisma.$queryRaw<
          { n: number }[]
        >`SELECT pg_sleep(${sleep})::text AS slept, (SELECT count(*) FROM "Exercise")::int AS n`.then(
          (rows) => rows,
        ),
      );
      expect(read.status).toBe("fulfilled");
      expect((read as PromiseFulfilledResult<{ n: number }[]>).value[0]!.n).toBeGreaterThan(0);

      await prisma.exercise.count();
      const write = await k.dropInFlight((sleep) =>
        prisma.$executeRaw`UPDATE "Exercise" SET "archivedAt" = "archivedAt" WHERE pg_sleep(${sleep}) IS NOT NULL`.then(
          (n) => n,
        ),
      );
      expect(write.status).toBe("rejected");
    } finally {
      await prisma.$disconnect();
      await pool.end();
      await k.close();
    }
  });

  it("does not crash the process when an idle connection used only through the raw pool is dropped", async () => {
    // The job queue (pg-boss) uses the same pool directly, possibly before Prisma ever connected:
    // the pool's "error" event must have a listener, or Node treats it as an uncaught exception.
    const k = await killableDatabase();
    const { prisma, pool } = createSharedPoolClient(k.url, poolSize(2));
    try {
      expect((await pool.query<{ one: number }>("SELECT 1 AS one")).rows[0]!.one).toBe(1);
      expect(pool.idleCount).toBeGreaterThan(0);
      expect(await k.kill()).toBeGreaterThan(0);
      const deadline = Date.now() + 5_000;
      while (pool.totalCount > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(pool.totalCount).toBe(0);
      expect((await pool.query<{ two: number }>("SELECT 2 AS two")).rows[0]!.two).toBe(2);
    } finally {
      await prisma.$disconnect();
      await pool.end();
      await k.close();
    }
  });
});
