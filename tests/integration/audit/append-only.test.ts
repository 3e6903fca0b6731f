import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

describe("audit trail table", () => {
  it("accepts inserts but refuses UPDATE, DELETE and TRUNCATE", async () => {
    const row = await db.auditEvent.create({ data: { action: "test.event", subjectType: "Test" } });
    await expect(
      db.auditEvent.update({ where: { id: row.id }, data: { action: "changed" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUnique({ where: { id: row.id } })).toMatchObject({ action: "test.event" });
  });
});
