import { describe, expect, it } from "vitest";
import { dateTimeWords, dayWords, dueWords, timeWords } from "@/lib/assignments/labels";
import { dateTimeFormat } from "@/lib/time/formatters";
import { formatDay, isValidTimeZone } from "@/lib/time/zones";

describe("shared date formatters", () => {
  it("reuses one formatter per locale and options, and makes a new one for other options", () => {
    const a = dateTimeFormat("en-US", { timeZone: "America/Chicago", hour: "numeric" });
    expect(dateTimeFormat("en-US", { timeZone: "America/Chicago", hour: "numeric" })).toBe(a);
    expect(dateTimeFormat("en-US", { timeZone: "America/New_York", hour: "numeric" })).not.toBe(a);
    expect(dateTimeFormat("en-CA", { timeZone: "America/Chicago", hour: "numeric" })).not.toBe(a);
  });

  it("formats exactly as a new Intl.DateTimeFormat would", () => {
    const at = new Date("2026-03-06T23:30:00Z");
    const options: Intl.DateTimeFormatOptions = {
      timeZone: "America/Chicago",
      dateStyle: "long",
      timeStyle: "short",
    };
    expect(dateTimeFormat("en-US", options).format(at)).toBe(
      new Intl.DateTimeFormat("en-US", options).format(at),
    );
  });

  it("keeps the assignment labels' words (in the client's own zone)", () => {
    const now = new Date("2026-03-06T15:00:00Z"); // Friday morning in Chicago
    const zone = "America/Chicago";
    expect(dayWords(new Date("2026-03-06T20:00:00Z"), now, zone)).toBe("today");
    expect(dayWords(new Date("2026-03-07T20:00:00Z"), now, zone)).toBe("tomorrow");
    expect(dayWords(new Date("2026-03-05T20:00:00Z"), now, zone)).toBe("yesterday");
    expect(dayWords(new Date("2026-03-10T20:00:00Z"), now, zone)).toBe("Tuesday, March 10");
    expect(dayWords(new Date("2025-12-01T20:00:00Z"), now, zone)).toBe("Monday, December 1, 2025");
    // 04:30 UTC on the 7th is still the evening of the 6th in Chicago.
    expect(dayWords(new Date("2026-03-07T04:30:00Z"), now, zone)).toBe("today");
    expect(timeWords(new Date("2026-03-06T23:00:00Z"), zone)).toBe("5:00 PM");
    expect(dueWords(new Date("2026-03-07T00:00:00Z"), now, zone)).toEqual({
      text: "Due today at 6:00 PM",
      overdue: false,
    });
    expect(dueWords(new Date("2026-03-02T18:00:00Z"), now, zone)).toEqual({
      text: "Was due Monday, March 2",
      overdue: true,
    });
    expect(dateTimeWords(new Date("2025-03-03T18:00:00Z"), zone)).toBe("March 3, 2025 at 12:00 PM");
  });

  it("still refuses an unknown time zone (nothing cached for it)", () => {
    expect(() => dateTimeFormat("en-US", { timeZone: "Mars/Olympus_Mons" })).toThrow(RangeError);
    expect(() => dateTimeFormat("en-US", { timeZone: "Mars/Olympus_Mons" })).toThrow(RangeError);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(formatDay(new Date("2026-12-01T18:00:00Z"), "America/Chicago")).toBe("Tuesday, December 1");
  });
});
