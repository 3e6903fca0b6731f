import { describe, expect, it } from "vitest";
import { WAITING_SHOWN, waitingRows } from "@/lib/dashboard/schemas";

describe("the dashboard's waiting list", () => {
  const rows = Array.from({ length: 45 }, (_, i) => `row ${i}`);

  it("shows the oldest rows first and says how many are left out", () => {
    const { shown, hidden } = waitingRows(rows, false);
    expect(shown).toEqual(rows.slice(0, WAITING_SHOWN));
    expect(hidden).toBe(45 - WAITING_SHOWN);
  });

  it("shows every row when asked, and a short list whole", () => {
    expect(waitingRows(rows, true)).toEqual({ shown: rows, hidden: 0 });
    expect(waitingRows(rows.slice(0, 3), false)).toEqual({ shown: rows.slice(0, 3), hidden: 0 });
  });
});
