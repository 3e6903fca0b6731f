import { describe, expect, it } from "vitest";
import {
  addDaysInZone,
  defaultDue,
  defaultDueAt,
  defaultDueForZones,
  weeklyDueDates,
  zoneOffsetMs,
} from "@/lib/assignments/due-dates";
import { decodeCursor, encodeCursor } from "@/lib/assignments/cursor";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("defaultDueAt: 8 pm in the client's zone", () => {
  // Monday 3 March 2025, 15:20 UTC (10:20 am in New York). Clocks go forward on Sunday 9 March.
  const now = new Date("2025-03-03T15:20:00Z");

  it("is 8 pm the evening before a 9 am appointment, in each US zone", () => {
    // Thursday 6 March at 9 am local: Wednesday 5 March at 8 pm local.
    expect(defaultDueAt(now, [new Date("2025-03-06T14:00:00Z")], "America/New_York").toISOString()).toBe(
      "2025-03-06T01:00:00.000Z", // Wed 8:00 PM EST
    );
    expect(defaultDueAt(now, [new Date("2025-03-06T15:00:00Z")], "America/Chicago").toISOString()).toBe(
      "2025-03-06T02:00:00.000Z", // Wed 8:00 PM CST
    );
    expect(defaultDueAt(now, [new Date("2025-03-06T17:00:00Z")], "America/Los_Angeles").toISOString()).toBe(
      "2025-03-06T04:00:00.000Z",
    ); // Wed 8:00 PM PST
  });

  it("picks the next appointment at least a day away", () => {
    const appointments = [
      new Date("2025-03-03T20:00:00Z"), // today: too close to prepare for
      new Date("2025-03-06T15:00:00Z"),
      new Date("2025-03-05T15:00:00Z"), // Wednesday 9 am in Chicago
    ];
    expect(defaultDue(now, appointments, "America/Chicago")).toEqual({
      dueAt: new Date("2025-03-05T02:00:00.000Z"), // Tuesday 8:00 PM CST
      basis: "appointment",
    });
  });

  it("keeps 8 pm local across the daylight-saving changes", () => {
    // Monday 10 March, 9 am EDT: the evening before is Sunday 9 March, the day the clocks go forward.
    const friday = new Date("2025-03-07T15:00:00Z");
    expect(defaultDueAt(friday, [new Date("2025-03-10T13:00:00Z")], "America/New_York").toISOString()).toBe(
      "2025-03-10T00:00:00.000Z", // Sun 8:00 PM EDT
    );
    // Sunday 2 November, 9 am PST (clocks went back at 2 am): due Saturday 8 pm, still PDT.
    const thursday = new Date("2025-10-30T18:00:00Z");
    expect(
      defaultDueAt(thursday, [new Date("2025-11-02T17:00:00Z")], "America/Los_Angeles").toISOString(),
    ).toBe("2025-11-02T03:00:00.000Z"); // Sat 8:00 PM PDT
    // Monday 3 November, 9 am PST: due Sunday 8 pm, now PST.
    expect(
      defaultDueAt(thursday, [new Date("2025-11-03T17:00:00Z")], "America/Los_Angeles").toISOString(),
    ).toBe("2025-11-03T04:00:00.000Z"); // Sun 8:00 PM PST
  });

  it("is 8 pm a week from today without an appointment, never the middle of the night", () => {
    // A week from Monday 3 March is Monday 10 March, after the change: 8 pm CDT / EDT / PDT.
    expect(defaultDue(now, [], "America/Chicago")).toEqual({
      dueAt: new Date("2025-03-11T01:00:00.000Z"),
      basis: "week",
    });
    expect(defaultDueAt(now, [], "America/New_York").toISOString()).toBe("2025-03-11T00:00:00.000Z");
    // Late on Monday evening in Los Angeles (already Tuesday in UTC) still counts from Monday.
    const lateMonday = new Date("2025-03-04T07:30:00Z");
    expect(defaultDueAt(lateMonday, [], "America/Los_Angeles").toISOString()).toBe(
      "2025-03-11T03:00:00.000Z",
    );
    // Appointments too close to prepare for fall back to the week.
    expect(defaultDue(now, [new Date(now.getTime() + 2 * HOUR)], "America/Chicago").basis).toBe("week");
  });

  it("skips an appointment whose evening before has already passed", () => {
    // Monday 9 pm in Chicago; the appointment is Tuesday 11:30 pm (over a day away), so Monday 8 pm
    // is gone: the default is the week instead.
    const mondayNight = new Date("2025-03-04T03:00:00Z");
    expect(defaultDue(mondayNight, [new Date("2025-03-05T05:30:00Z")], "America/Chicago")).toEqual({
      dueAt: new Date("2025-03-11T01:00:00.000Z"),
      basis: "week",
    });
  });

  it("for a couple in two zones, is due by the evening for both", () => {
    // Thursday 9 am in New York is 6 am in Los Angeles; the New York evening before comes first.
    const due = defaultDueForZones(
      now,
      [new Date("2025-03-06T14:00:00Z")],
      ["America/Los_Angeles", "America/New_York"],
    );
    expect(due).toEqual({ dueAt: new Date("2025-03-06T01:00:00.000Z"), basis: "appointment" });
    expect(defaultDueForZones(now, [], []).dueAt.toISOString()).toBe("2025-03-11T01:00:00.000Z");
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

  it("every 2 weeks: every other week up to the end, reaching as far as a weekly repeat", () => {
    const first = new Date("2025-01-07T18:00:00Z");
    const dates = weeklyDueDates(first, new Date("2025-02-05T18:00:00Z"), "UTC", 26, 2);
    expect(dates.map((d) => d.toISOString().slice(0, 10))).toEqual([
      "2025-01-07",
      "2025-01-21",
      "2025-02-04",
    ]);
    // One past the 26-week span, so callers can refuse it as they do a weekly one.
    const long = weeklyDueDates(first, new Date(first.getTime() + 400 * DAY), "UTC", 26, 2);
    expect(long).toHaveLength(14);
    expect((long.length - 1) * 2).toBe(26);
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
