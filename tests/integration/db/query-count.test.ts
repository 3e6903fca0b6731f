import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countQueries } from "@/lib/db/query-count";

describe("query counting", () => {
  it("counts the statements of one unit of work, including those inside Promise.all", async () => {
    const { queries } = await countQueries(async () => {
      await db.practice.count();
      await Promise.all([db.user.count(), db.couple.count()]);
    });
    expect(queries).toBe(3);
  });

  it("keeps concurrent units of work apart", async () => {
    const [a, b] = await Promise.all([
      countQueries(async () => {
        await db.practice.count();
      }),
      countQueries(async () => {
        await db.practice.count();
        await db.practice.count();
      }),
    ]);
    expect([a.queries, b.queries]).toEqual([1, 2]);
  });
});
