import { TZDate } from "@date-fns/tz";
import { dateTimeFormat } from "./formatters";

// Times are stored in UTC and shown in the viewer's own zone, always saying which zone it is
// (Tennessee alone spans Central and Eastern time).

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** "Tue, Dec 1, 3:00 PM CST" */
export function formatDateTime(date: Date, timeZone: string): string {
  return dateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(date);
}

/** "Tuesday, December 1" */
export function formatDay(date: Date, timeZone: string): string {
  return dateTimeFormat("en-US", { timeZone, weekday: "long", month: "long", day: "numeric" }).format(date);
}

/** "Central Time" style name of a zone, for "Times shown in …". */
export function zoneName(timeZone: string, at = new Date()): string {
  const part = dateTimeFormat("en-US", { timeZone, timeZoneName: "long" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** A wall-clock date ("2026-12-01") and time ("15:00") in `timeZone`, as the UTC instant. */
export function zonedToUtc(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, timeZone).getTime());
}

/** The wall-clock date and time of `instant` in `timeZone`, for form defaults. */
export function utcToZoned(instant: Date, timeZone: string): { date: string; time: string } {
  const z = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    date: `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}`,
    time: `${pad(z.getHours())}:${pad(z.getMinutes())}`,
  };
}

/** Tomorrow's date in `timeZone` ("2026-12-01"), for date-picker defaults. */
export function tomorrowIn(timeZone: string, now = new Date()): string {
  return utcToZoned(new Date(now.getTime() + 86_400_000), timeZone).date;
}
