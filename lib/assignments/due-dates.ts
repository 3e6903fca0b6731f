// Due dates: the default one, and the weeks of a repeating series. Pure (Intl only), so the rules
// are unit-tested and the assign form can show the same default the server would pick.

import { dateTimeFormat } from "@/lib/time/formatters";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An appointment this soon is too close to prepare for: the default skips to a later one. */
export const MIN_LEAD_MS = DAY;
export const DEFAULT_DUE_DAYS = 7;
/** Work is due at this local hour in the client's zone: an evening, never the middle of the night. */
export const DUE_LOCAL_TIME = "20:00";

export type DueBasis = "appointment" | "week";

/** A calendar day ("2025-03-07") plus `days`: calendar arithmetic, no zone involved. */
function addCalendarDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 8 pm on the local calendar day `days` after the one `instant` falls on, in `timeZone`. */
function eveningOf(instant: Date, days: number, timeZone: string): Date {
  const day = addCalendarDays(toZonedInput(instant, timeZone).slice(0, 10), days);
  return fromZonedInput(`${day}T${DUE_LOCAL_TIME}`, timeZone)!;
}

/**
 * The due date the assign form proposes, in the client's own zone: 8 pm the evening before the next
 * appointment that is at least a day away (and whose evening before is still ahead), else 8 pm on the
 * day a week from now. A 9 am appointment on Thursday gives Wednesday 8 pm, never 2 am on Thursday.
 */
export function defaultDue(
  now: Date,
  upcomingAppointmentStarts: readonly Date[],
  timeZone: string,
): { dueAt: Date; basis: DueBasis } {
  const candidates = upcomingAppointmentStarts
    .filter((start) => start.getTime() - now.getTime() >= MIN_LEAD_MS)
    .sort((a, b) => a.getTime() - b.getTime())
    .map((start) => eveningOf(start, -1, timeZone))
    .filter((due) => due.getTime() > now.getTime());
  if (candidates[0]) return { dueAt: candidates[0], basis: "appointment" };
  return { dueAt: eveningOf(now, DEFAULT_DUE_DAYS, timeZone), basis: "week" };
}

/** The default due date alone (see defaultDue). */
export function defaultDueAt(now: Date, upcomingAppointmentStarts: readonly Date[], timeZone: string): Date {
  return defaultDue(now, upcomingAppointmentStarts, timeZone).dueAt;
}

/**
 * For several people at once (a couple, perhaps in two zones): each person's default, and the
 * earliest of them, so the work is due by the evening for everyone.
 */
export function defaultDueForZones(
  now: Date,
  upcomingAppointmentStarts: readonly Date[],
  timeZones: readonly string[],
): { dueAt: Date; basis: DueBasis } {
  const zones = timeZones.length > 0 ? timeZones : [FALLBACK_DUE_ZONE];
  return zones
    .map((zone) => defaultDue(now, upcomingAppointmentStarts, zone))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0]!;
}

/** The zone a person without a valid one is treated as being in (the schema's default). */
export const FALLBACK_DUE_ZONE = "America/Chicago";

/** Milliseconds to add to UTC to get the wall-clock time in `timeZone` at `date`. */
export function zoneOffsetMs(date: Date, timeZone: string): number {
  const parts = dateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - (date.getTime() - date.getUTCMilliseconds());
}

/**
 * The same wall-clock time `days` later in `timeZone`: a weekly check-in due Tuesdays at 6 PM stays
 * at 6 PM across a daylight-saving change.
 */
export function addDaysInZone(date: Date, days: number, timeZone: string): Date {
  const wall = date.getTime() + zoneOffsetMs(date, timeZone) + days * DAY;
  let guess = wall - zoneOffsetMs(date, timeZone);
  // The offset at the target may differ (DST): correct once with the offset found there.
  guess = wall - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** The due dates of a weekly series: `first`, then every 7 days while not after `until`. */
export function weeklyDueDates(
  first: Date,
  until: Date,
  timeZone: string,
  max: number,
  everyWeeks: number = 1,
): Date[] {
  const dates: Date[] = [];
  // `max` bounds the span in weeks, so "every 2 weeks" reaches as far as "every week" does.
  for (let step = 0; step * everyWeeks <= max; step++) {
    const due = step === 0 ? first : addDaysInZone(first, 7 * everyWeeks * step, timeZone);
    if (due.getTime() > until.getTime()) break;
    dates.push(due);
  }
  return dates;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A moment as the value of <input type="datetime-local"> in `timeZone` ("2025-03-07T18:00"). */
export function toZonedInput(date: Date, timeZone: string): string {
  const wall = new Date(date.getTime() + zoneOffsetMs(date, timeZone));
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
}

/** The moment a datetime-local value means in `timeZone`, or null when it is not a valid value. */
export function fromZonedInput(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const wall = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
  );
  if (Number.isNaN(wall)) return null;
  let guess = wall - zoneOffsetMs(new Date(wall), timeZone);
  guess = wall - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** The last moment of a calendar day (YYYY-MM-DD) in `timeZone`: an "until" date includes that day. */
export function endOfDayInZone(day: string, timeZone: string): Date | null {
  return fromZonedInput(`${day}T23:59:59`, timeZone);
}
