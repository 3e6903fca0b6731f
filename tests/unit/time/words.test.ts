import { describe, expect, it } from "vitest";
import {
  clockRangeWords,
  clockWords,
  dateTimeWords,
  dateWords,
  dayKeyWords,
  shortDateTimeWords,
  shortDateWords,
  timeWords,
  weekdayTimeWords,
} from "@/lib/time/words";
import { timeZoneGroups, US_TIME_ZONES } from "@/lib/time/zone-choices";

// One US style everywhere, in the reader's zone: never "5 March" or "0:00 pm".
describe("time words", () => {
  const noon = new Date("2031-03-05T18:00:00Z"); // noon in Chicago, 1 PM in New York

  it("writes 12 noon as 12:00 PM, not 0:00 pm", () => {
    expect(timeWords(noon, "America/Chicago")).toBe("12:00 PM");
    expect(dateTimeWords(noon, "America/Chicago")).toBe("March 5, 2031 at 12:00 PM");
    expect(dateTimeWords(noon, "America/Chicago")).not.toMatch(/\b0:\d\d/);
    expect(timeWords(new Date("2031-03-05T06:00:00Z"), "America/Chicago")).toBe("12:00 AM");
  });

  it("reads each date in the reader's own zone", () => {
    const lateEvening = new Date("2031-03-06T04:30:00Z"); // still March 5 in Chicago and Los Angeles
    expect(dateWords(lateEvening, "America/Chicago")).toBe("March 5, 2031");
    expect(dateWords(lateEvening, "America/New_York")).toBe("March 5, 2031");
    expect(dateWords(lateEvening, "UTC")).toBe("March 6, 2031");
    expect(weekdayTimeWords(lateEvening, "America/Los_Angeles")).toBe("Wednesday, March 5 at 8:30 PM");
    expect(shortDateWords(lateEvening, "America/Chicago")).toBe("Mar 5, 2031");
    expect(shortDateTimeWords(lateEvening, "America/Chicago")).toBe("Mar 5, 2031, 10:30 PM");
    expect(dayKeyWords("2031-03-05")).toBe("Wednesday, March 5");
  });

  it("uses plain spaces (no narrow no-break space before PM, which differs between Node and browsers)", () => {
    expect(timeWords(noon, "America/New_York")).toBe("1:00 PM");
    expect(dateTimeWords(noon, "America/New_York")).not.toMatch(/[\u202f\u00a0]/);
  });

  it("writes the quiet hours as 9:00 PM – 8:00 AM", () => {
    expect(clockWords("21:00")).toBe("9:00 PM");
    expect(clockWords("08:30")).toBe("8:30 AM");
    expect(clockWords("00:00")).toBe("12:00 AM");
    expect(clockWords("12:00")).toBe("12:00 PM");
    expect(clockRangeWords("21:00-08:00")).toBe("9:00 PM – 8:00 AM");
  });
});

describe("time-zone choices", () => {
  it("start with the US zones by the names people know, then the rest without repeats", () => {
    const [us, others] = timeZoneGroups();
    expect(us!.zones.map((z) => z.value)).toEqual([
      "America/New_York",
      "America/Chicago",
      "America/Denver",
      "America/Phoenix",
      "America/Los_Angeles",
      "America/Anchorage",
      "Pacific/Honolulu",
    ]);
    expect(us!.zones[1]!.label).toBe("Central Time (Chicago)");
    const rest = others!.zones.map((z) => z.value);
    for (const zone of US_TIME_ZONES) expect(rest).not.toContain(zone.value);
    expect(rest).toContain("Europe/London");
    const [, listed] = timeZoneGroups(undefined, ["America/Argentina/Buenos_Aires", "Africa/Abidjan"]);
    expect(listed!.zones).toEqual([
      { value: "Africa/Abidjan", label: "Africa / Abidjan" },
      { value: "America/Argentina/Buenos_Aires", label: "America / Argentina / Buenos Aires" },
    ]);
  });

  it("always offers the saved zone, even one the runtime's list leaves out", () => {
    const [, others] = timeZoneGroups("UTC", ["Europe/London"]);
    expect(others!.zones.map((z) => z.value)).toEqual(["Europe/London", "UTC"]);
    const [, same] = timeZoneGroups("America/Chicago", ["Europe/London"]);
    expect(same!.zones.map((z) => z.value)).toEqual(["Europe/London"]);
  });
});
