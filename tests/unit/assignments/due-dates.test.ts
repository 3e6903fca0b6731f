import { describe, expect, it } from "vitest";
import { addDaysInZone, defaultDueAt, weeklyDueDates, zoneOffsetMs } from "@/lib/assignments/due-dates";
import { decodeCursor, encodeCursor } from "@/lib/assignments/cursor";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("defaultDueAt", () => {
  const now = new Date("2025-03-03T15:20:00Z");

  it("is an hour before the next appointment that is at least a day away", () => {
    const appointments = [
      new Date("2025-03-03T20:00:00Z"),
      new Date("2025-03-06T15:00:00Z"),
      new Date("2025-03-05T18:00:00Z"),
    ];
    expect(defaultDueAt(now, appointments).toISOString()).toBe("2025-03-05T17:00:00.000Z");
  });

  it("is 7 days out, on the hour, without an appointment", () => {
    expect(defaultDueAt(now, []).toISOString()).toBe("2025-03-10T16:00:00.000Z");
    expect(defaultDueAt(now, [new Date(now.getTime() + 2 * HOUR)]).toISOString()).toBe(
      "2025-03-10T16:00:00.000Z",
    );
  });
});

describe("weekly dates in a time zone", () => {
  it("knows Chicago's offsets either side of the DST change", () => {
    expect(zoneOffsetMs(new Date("2025-03-01T12:00:00Z"), "America/Chicago")).toBe(-6 * HOUR);
    expect(zoneOffsetMs(new Date("2025-03-15T12:00:00Z"), "America/Chicago")).toBe(-5 * HOUR);
  });

  it("keeps the local wall-clock time across a daylight-saving change", () => {
    // Tuesday 6 PM in Chicago (CST), then the clocks go forward on March 9.
    const first = new Date("2025-03-04T00:00:00Z");
    const next = addDaysInZone(first, 7, "America/Chicago");
    expect(next.toISOString()).toBe("2025-03-10T23:00:00.000Z");
  });

  it("lists every week up to and including the end, and one past the maximum so callers can refuse", () => {
    const first = new Date("2025-01-07T18:00:00Z");
    const dates = weeklyDueDates(first, new Date("2025-01-28T18:00:00Z"), "UTC", 26);
    expect(dates.map((d) => d.toISOString().slice(0, 10))).toEqual([
      "2025-01-07",
      "2025-01-14",
      "2025-01-21",
      "2025-01-28",
    ]);
    expect(weeklyDueDates(first, new Date(first.getTime() + 400 * DAY), "UTC", 26)).toHaveLength(27);
    expect(weeklyDueDates(first, first, "UTC", 26)).toHaveLength(1);
  });
});

describe("cursors", () => {
  it("round-trip a position and refuse anything else with 400", () => {
    const row = { dueAt: new Date("2025-03-03T15:20:00Z"), id: "cm123abc" };
    expect(decodeCursor(encodeCursor(row))).toEqual(row);
    for (const bad of [
      "",
      "abc",
      Buffer.from('["x","y"]').toString("base64url"),
      Buffer.from('["2025-01-01T00:00:00Z","a b"]').toString("base64url"),
    ]) {
      expect(() => decodeCursor(bad)).toThrow(expect.objectContaining({ status: 400 }));
    }
  });
});

describe("datetime-local values in the clinician's zone", () => {
  it("round-trips through the zone, whatever the machine's own zone", async () => {
    const { toZonedInput, fromZonedInput, endOfDayInZone } = await import("@/lib/assignments/due-dates");
    const moment = new Date("2025-03-07T00:00:00Z");
    expect(toZonedInput(moment, "America/Chicago")).toBe("2025-03-06T18:00");
    expect(fromZonedInput("2025-03-06T18:00", "America/Chicago")?.toISOString()).toBe(
      "2025-03-07T00:00:00.000Z",
    );
    // After the DST change the offset is -5.
    expect(fromZonedInput("2025-03-12T18:00", "America/Chicago")?.toISOString()).toBe(
      "2025-03-12T23:00:00.000Z",
    );
    expect(endOfDayInZone("2025-03-12", "America/New_York")?.toISOString()).toBe("2025-03-13T03:59:59.000Z");
    expect(fromZonedInput("not a date", "UTC")).toBeNull();
  });
});
