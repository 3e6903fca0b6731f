// Due dates: the default one, and the weeks of a repeating series. Pure (Intl only), so the rules
// are unit-tested and the assign form can show the same default the server would pick.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An appointment this soon is too close to prepare for: the default skips to a later one. */
export const MIN_LEAD_MS = DAY;
/** Work is due this long before the appointment it prepares for. */
export const DUE_BEFORE_APPOINTMENT_MS = HOUR;
export const DEFAULT_DUE_DAYS = 7;

/**
 * Just before the next scheduled appointment that is at least a day away, else in 7 days (rounded up
 * to the whole hour, so it reads "Tuesday at 9:00 PM" rather than "at 9:47 PM").
 */
export function defaultDueAt(now: Date, upcomingAppointmentStarts: readonly Date[]): Date {
  const next = upcomingAppointmentStarts
    .filter((start) => start.getTime() - now.getTime() >= MIN_LEAD_MS)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  if (next) return new Date(next.getTime() - DUE_BEFORE_APPOINTMENT_MS);
  return new Date(Math.ceil((now.getTime() + DEFAULT_DUE_DAYS * DAY) / HOUR) * HOUR);
}

/** Milliseconds to add to UTC to get the wall-clock time in `timeZone` at `date`. */
export function zoneOffsetMs(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
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
export function weeklyDueDates(first: Date, until: Date, timeZone: string, max: number): Date[] {
  const dates: Date[] = [];
  for (let week = 0; week <= max; week++) {
    const due = week === 0 ? first : addDaysInZone(first, 7 * week, timeZone);
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
