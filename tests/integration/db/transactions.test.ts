import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSharedPoolClient } from "@/lib/db/client";
import { assignmentScenario, assignSlowingDown, revisionCount, WAS_HURT } from "../assignments/support";
import { killableDatabase, poolSize } from "./support";

// A submission is several writes (the answers, a numbered revision, the copy's state): when the
// connection dies half-way, none of them may remain.

describe("a transaction whose connection is terminated half-way", () => {
  it("leaves none of its writes, and the next transaction on the same pool succeeds", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    const copy = await db.assignmentRecipient.findFirstOrThrow({
      where: { assignmentId: a.id, clientId: s.actors.alex.userId },
      select: { id: true, response: { select: { id: true } } },
    });
    const responseId = copy.response!.id;
    const k = await killableDatabase();
    const { prisma, pool } = createSharedPoolClient(k.url, poolSize(2));
    const submit = (afterFirstWrites: (pid: number) => Promise<unknown>) =>
      prisma.$transaction(async (tx) => {
        const now = new Date();
        await tx.response.update({
          where: { id: responseId },
          data: { answers: WAS_HURT, version: { increment: 1 }, updatedAt: now },
        });
        await tx.responseRevision.create({
          data: { responseId, number: 1, answers: WAS_HURT, submittedAt: now },
        });
        const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
        await afterFirstWrites(row!.pid);
        await tx.assignmentRecipient.update({
          where: { id: copy.id },
          data: { state: "SUBMITTED", submittedAt: now },
        });
      });
    try {
      await expect(submit((pid) => k.killPid(pid))).rejects.toThrow();

      expect(await revisionCount(a.id, s.actors.alex.userId)).toBe(0);
      const response = await db.response.findUniqueOrThrow({
        where: { id: responseId },
        select: { version: true, answers: true },
      });
      expect(response).toEqual({ version: 0, answers: {} });
      const recipient = await db.assignmentRecipient.findUniqueOrThrow({
        where: { id: copy.id },
        select: { state: true, submittedAt: true },
      });
      expect(recipient).toEqual({ state: "ASSIGNED", submittedAt: null });

      await submit(async () => undefined);
      expect(await revisionCount(a.id, s.actors.alex.userId)).toBe(1);
      expect((await db.assignmentRecipient.findUniqueOrThrow({ where: { id: copy.id } })).state).toBe(
        "SUBMITTED",
      );
    } finally {
      await prisma.$disconnect();
      await pool.end();
      await k.close();
    }
  });
});
