// Local-time arithmetic for notifications: each person's own time zone (User.timeZone, an IANA name),
// the quiet-hours window and "the evening before". Pure functions of an explicit `now`, so the
// scheduler can be driven by an injected clock in tests. No dependencies: Intl does the zone maths.

import { dayKeyWords, timeWords, weekdayTimeWords } from "@/lib/time/words";

export const FALLBACK_TIME_ZONE = "America/Chicago";

export type LocalParts = { year: number; month: number; day: number; hour: number; minute: number };

/** A clock: the scheduler and the worker take one so tests can drive time instead of sleeping. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone if Intl knows it, else the fallback (a bad value in the database must not stop mail). */
export function safeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return FALLBACK_TIME_ZONE;
  try {
    partsFormatter(timeZone);
    return timeZone;
  } catch {
    return FALLBACK_TIME_ZONE;
  }
}

/** Wall-clock reading of `date` in `timeZone`. */
export function localParts(date: Date, timeZone: string): LocalParts & { second: number } {
  const values: Record<string, number> = {};
  for (const part of partsFormatter(safeTimeZone(timeZone)).formatToParts(date)) {
    if (part.type !== "literal") values[part.type] = Number(part.value);
  }
  return {
    year: values.year!,
    month: values.month!,
    day: values.day!,
    hour: values.hour! % 24,
    minute: values.minute!,
    second: values.second!,
  };
}

/** Offset of the zone from UTC at `date`, in milliseconds (e.g. -6h for Chicago in winter). */
function offsetMs(date: Date, timeZone: string): number {
  const p = localParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (date.getTime() - date.getMilliseconds());
}

/**
 * The instant when the wall clock in `timeZone` reads `local`. A time skipped by a daylight-saving
 * jump resolves to the moment just after the jump; a repeated one to its first occurrence.
 */
export function zonedTime(local: LocalParts, timeZone: string): Date {
  const zone = safeTimeZone(timeZone);
  const guess = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const first = guess - offsetMs(new Date(guess), zone);
  const second = guess - offsetMs(new Date(first), zone);
  if (first === second) return new Date(first);
  // Around a transition the two readings disagree: take the earlier instant that reads right, else
  // the later one (the wall time does not exist that day).
  const candidates = [Math.min(first, second), Math.max(first, second)];
  for (const c of candidates) {
    const p = localParts(new Date(c), zone);
    if (p.hour === local.hour && p.minute === local.minute) return new Date(c);
  }
  return new Date(Math.max(first, second));
}

/** "YYYY-MM-DD" of `date` in `timeZone`. */
export function localDay(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** A calendar day key plus `days` (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return next.toISOString().slice(0, 10);
}

/** The instant a local calendar day starts (local midnight) in `timeZone`. */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const [year, month, dayOfMonth] = day.split("-").map(Number) as [number, number, number];
  return zonedTime({ year, month, day: dayOfMonth, hour: 0, minute: 0 }, timeZone);
}

export type TimeWindow = { start: number; end: number };

/** "HH:MM" → minutes after midnight. */
export function parseLocalTime(value: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) throw new Error(`Not a local time: ${value}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** "21:00-08:00" → a window in minutes after midnight; a window may wrap past midnight. */
export function parseQuietHours(value: string): TimeWindow {
  const [start, end] = value.split("-") as [string, string];
  return { start: parseLocalTime(start), end: parseLocalTime(end) };
}

function minuteOfDay(date: Date, timeZone: string): number {
  const p = localParts(date, timeZone);
  return p.hour * 60 + p.minute;
}

/** Whether `date` falls inside the quiet window, read on the wall clock of `timeZone`. */
export function isQuietTime(date: Date, timeZone: string, quiet: TimeWindow): boolean {
  if (quiet.start === quiet.end) return false;
  const m = minuteOfDay(date, timeZone);
  return quiet.start < quiet.end ? m >= quiet.start && m < quiet.end : m >= quiet.start || m < quiet.end;
}

/**
 * When non-urgent mail may go out: `date` itself outside quiet hours, else the end of the window
 * (e.g. 08:00 local the next morning).
 */
export function nextSendTime(date: Date, timeZone: string, quiet: TimeWindow): Date {
  if (!isQuietTime(date, timeZone, quiet)) return date;
  const zone = safeTimeZone(timeZone);
  const today = localDay(date, zone);
  const endHour = Math.floor(quiet.end / 60);
  const endMinute = quiet.end % 60;
  const at = (day: string) => {
    const [year, month, d] = day.split("-").map(Number) as [number, number, number];
    return zonedTime({ year, month, day: d, hour: endHour, minute: endMinute }, zone);
  };
  const candidate = at(today);
  return candidate.getTime() > date.getTime() ? candidate : at(addDays(today, 1));
}

/** Minutes after local midnight of `date` in `timeZone`. */
export function localMinuteOfDay(date: Date, timeZone: string): number {
  return minuteOfDay(date, timeZone);
}

/** "Tuesday, December 2 at 5:00 PM" in the reader's own zone. */
export function formatLocalDateTime(date: Date, timeZone: string): string {
  return weekdayTimeWords(date, safeTimeZone(timeZone));
}

/** "5:00 PM" in the reader's zone. */
export function formatLocalTime(date: Date, timeZone: string): string {
  return timeWords(date, safeTimeZone(timeZone));
}

/** "Tuesday, December 2" for a day key. */
export function formatDay(day: string): string {
  return dayKeyWords(day);
}
