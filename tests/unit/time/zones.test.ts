import { describe, expect, it } from "vitest";
import {
  formatDateTime,
  isValidTimeZone,
  tomorrowIn,
  utcToZoned,
  zoneName,
  zonedToUtc,
} from "@/lib/time/zones";

describe("time zones", () => {
  it("turns a wall-clock time in a zone into the right UTC instant, across DST", () => {
    expect(zonedToUtc("2026-12-01", "15:00", "America/Chicago").toISOString()).toBe(
      "2026-12-01T21:00:00.000Z",
    );
    expect(zonedToUtc("2026-07-01", "15:00", "America/Chicago").toISOString()).toBe(
      "2026-07-01T20:00:00.000Z",
    );
    expect(zonedToUtc("2026-12-01", "15:00", "America/New_York").toISOString()).toBe(
      "2026-12-01T20:00:00.000Z",
    );
  });

  it("round-trips through the viewer's zone", () => {
    const instant = new Date("2026-12-01T21:00:00Z");
    expect(utcToZoned(instant, "America/Chicago")).toEqual({ date: "2026-12-01", time: "15:00" });
    expect(utcToZoned(instant, "America/New_York")).toEqual({ date: "2026-12-01", time: "16:00" });
  });

  it("says which zone a time is shown in", () => {
    const instant = new Date("2026-12-01T21:00:00Z");
    expect(formatDateTime(instant, "America/Chicago")).toMatch(/3:00\sPM CST/);
    expect(formatDateTime(instant, "America/New_York")).toMatch(/4:00\sPM EST/);
    expect(zoneName("America/Chicago", instant)).toBe("Central Standard Time");
  });

  it("knows tomorrow in the zone, not in UTC", () => {
    // 03:00 UTC on Dec 2 is still Dec 1 in Chicago, so tomorrow there is Dec 2.
    expect(tomorrowIn("America/Chicago", new Date("2026-12-02T03:00:00Z"))).toBe("2026-12-02");
  });

  it("validates zone names", () => {
    expect(isValidTimeZone("America/Chicago")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});
