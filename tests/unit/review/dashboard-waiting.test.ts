import { describe, expect, it } from "vitest";
import { WAITING_SHOWN, waitingRows, withoutAppointments } from "@/lib/dashboard/schemas";

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

describe("the dashboard's everyone-else list", () => {
  it("leaves out whoever has an appointment this week, keeping the caseload's order", () => {
    const caseload = [
      { kind: "couple" as const, id: "c1", name: "Alex & Sam" },
      { kind: "individual" as const, client: { id: "u1", name: "Jordan Lee" } },
      { kind: "individual" as const, client: { id: "u2", name: "Riley Fox" } },
    ];
    const appointments = [
      { with: { kind: "couple" as const, id: "c1" } },
      { with: { kind: "client" as const, id: "u2" } },
    ];
    expect(withoutAppointments(caseload, appointments)).toEqual([
      { kind: "client", id: "u1", name: "Jordan Lee" },
    ]);
    expect(withoutAppointments(caseload, [])).toHaveLength(3);
    // A couple's appointment is not an individual one: ids are matched with their kind.
    expect(withoutAppointments(caseload, [{ with: { kind: "client", id: "c1" } }])).toHaveLength(3);
  });
});
