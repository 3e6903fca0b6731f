import { describe, expect, it } from "vitest";
import {
  addDays,
  formatLocalDateTime,
  isQuietTime,
  localDay,
  localParts,
  nextSendTime,
  parseQuietHours,
  safeTimeZone,
  startOfLocalDay,
  zonedTime,
} from "@/lib/notifications/time";

const quiet = parseQuietHours("21:00-08:00");

describe("local time", () => {
  it("reads the wall clock of a zone", () => {
    expect(localParts(new Date("2031-01-15T14:30:00Z"), "America/Chicago")).toMatchObject({
      year: 2031,
      month: 1,
      day: 15,
      hour: 8,
      minute: 30,
    });
    expect(localParts(new Date("2031-07-15T14:30:00Z"), "America/Chicago")).toMatchObject({ hour: 9 });
    expect(localDay(new Date("2031-01-01T03:00:00Z"), "America/Los_Angeles")).toBe("2030-12-31");
  });

  it("turns a local wall time into an instant, across daylight saving changes", () => {
    expect(
      zonedTime({ year: 2031, month: 1, day: 15, hour: 8, minute: 0 }, "America/New_York").toISOString(),
    ).toBe("2031-01-15T13:00:00.000Z");
    expect(
      zonedTime({ year: 2031, month: 7, day: 15, hour: 8, minute: 0 }, "America/New_York").toISOString(),
    ).toBe("2031-07-15T12:00:00.000Z");
    // 9 March 2031: clocks jump from 02:00 to 03:00 in New York; 02:30 does not exist.
    expect(
      zonedTime({ year: 2031, month: 3, day: 9, hour: 2, minute: 30 }, "America/New_York").toISOString(),
    ).toBe("2031-03-09T07:30:00.000Z");
    // 2 November 2031: 01:30 happens twice; the first one (EDT) is taken.
    expect(
      zonedTime({ year: 2031, month: 11, day: 2, hour: 1, minute: 30 }, "America/New_York").toISOString(),
    ).toBe("2031-11-02T05:30:00.000Z");
    expect(startOfLocalDay("2031-03-10", "Asia/Tokyo").toISOString()).toBe("2031-03-09T15:00:00.000Z");
    expect(addDays("2031-02-28", 1)).toBe("2031-03-01");
    expect(addDays("2032-02-28", 1)).toBe("2032-02-29");
  });

  it("falls back to America/Chicago for an unknown zone", () => {
    expect(safeTimeZone("Mars/Olympus")).toBe("America/Chicago");
    expect(safeTimeZone(null)).toBe("America/Chicago");
    expect(safeTimeZone("Europe/Paris")).toBe("Europe/Paris");
  });
});

describe("quiet hours", () => {
  it("holds from 21:00 to 08:00 local, wrapping midnight", () => {
    const at = (hhmm: string) =>
      zonedTime(
        { year: 2031, month: 5, day: 10, hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3)) },
        "Europe/London",
      );
    expect(isQuietTime(at("20:59"), "Europe/London", quiet)).toBe(false);
    expect(isQuietTime(at("21:00"), "Europe/London", quiet)).toBe(true);
    expect(isQuietTime(at("03:00"), "Europe/London", quiet)).toBe(true);
    expect(isQuietTime(at("07:59"), "Europe/London", quiet)).toBe(true);
    expect(isQuietTime(at("08:00"), "Europe/London", quiet)).toBe(false);
  });

  it("supports a window that does not wrap, and an empty one", () => {
    const lunch = parseQuietHours("12:00-13:00");
    expect(isQuietTime(new Date("2031-05-10T12:30:00Z"), "UTC", lunch)).toBe(true);
    expect(isQuietTime(new Date("2031-05-10T13:00:00Z"), "UTC", lunch)).toBe(false);
    expect(isQuietTime(new Date("2031-05-10T12:30:00Z"), "UTC", parseQuietHours("00:00-00:00"))).toBe(false);
  });

  it("delays non-urgent mail to 08:00 local: the same morning, or the next one", () => {
    // 23:30 in Chicago (CDT) on 9 May → 08:00 on 10 May.
    expect(nextSendTime(new Date("2031-05-10T04:30:00Z"), "America/Chicago", quiet).toISOString()).toBe(
      "2031-05-10T13:00:00.000Z",
    );
    // 05:00 on 10 May → 08:00 the same day.
    expect(nextSendTime(new Date("2031-05-10T10:00:00Z"), "America/Chicago", quiet).toISOString()).toBe(
      "2031-05-10T13:00:00.000Z",
    );
    // Outside quiet hours: now.
    const noon = new Date("2031-05-10T17:00:00Z");
    expect(nextSendTime(noon, "America/Chicago", quiet)).toBe(noon);
  });
});

describe("formatting", () => {
  it("writes dates as people read them, in their zone", () => {
    expect(formatLocalDateTime(new Date("2031-03-05T22:00:00Z"), "America/New_York")).toBe(
      "Wednesday, March 5 at 5:00 PM",
    );
  });
});
