import { dateTimeFormat } from "./formatters";

// The one date and time style Mend writes (US: "March 5, 2031 at 5:00 PM", "9:00 PM – 8:00 AM"),
// always in the reader's own zone, through the cached formatters. Pure (safe in the browser). Pages,
// emails and exports use these instead of their own Intl.DateTimeFormat, so no page says
// "5 March" or "0:00 pm" while another says "March 5" and "12:00 PM".

const LOCALE = "en-US";

/**
 * Intl's output with plain spaces: newer ICU puts a narrow no-break space before "PM", which
 * differs between Node and the browser (a hydration mismatch) and between text and email clients.
 */
function plain(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, " ");
}

/** "5:00 PM" */
export function timeWords(date: Date, timeZone: string): string {
  return plain(dateTimeFormat(LOCALE, { timeZone, hour: "numeric", minute: "2-digit" }).format(date));
}

/** "March 5, 2031" */
export function dateWords(date: Date, timeZone: string): string {
  return dateTimeFormat(LOCALE, { timeZone, dateStyle: "long" }).format(date);
}

/** "Mar 5, 2031" (tables and lists, where space is short) */
export function shortDateWords(date: Date, timeZone: string): string {
  return dateTimeFormat(LOCALE, { timeZone, dateStyle: "medium" }).format(date);
}

/** "March 5, 2031 at 5:00 PM" for records (sent, reviewed, exported). */
export function dateTimeWords(date: Date, timeZone: string): string {
  return plain(dateTimeFormat(LOCALE, { timeZone, dateStyle: "long", timeStyle: "short" }).format(date));
}

/** "Mar 5, 2031, 5:00 PM" (tables and lists) */
export function shortDateTimeWords(date: Date, timeZone: string): string {
  return plain(dateTimeFormat(LOCALE, { timeZone, dateStyle: "medium", timeStyle: "short" }).format(date));
}

/** "Wednesday, March 5" */
export function weekdayWords(date: Date, timeZone: string): string {
  return dateTimeFormat(LOCALE, { timeZone, weekday: "long", month: "long", day: "numeric" }).format(date);
}

/** "Wednesday, March 5 at 5:00 PM" (reminders: the year is this one or the next) */
export function weekdayTimeWords(date: Date, timeZone: string): string {
  return `${weekdayWords(date, timeZone)} at ${timeWords(date, timeZone)}`;
}

/** "Wednesday, March 5" for a calendar day key ("2031-03-05"), whatever the zone. */
export function dayKeyWords(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return weekdayWords(new Date(Date.UTC(y, m - 1, d, 12)), "UTC");
}

/** "21:00" → "9:00 PM" (a wall-clock time, no date or zone). */
export function clockWords(value: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!match) return value;
  return timeWords(new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2]))), "UTC");
}

/** "21:00-08:00" → "9:00 PM – 8:00 AM" (the quiet-hours setting). */
export function clockRangeWords(value: string): string {
  const [start, end] = value.split("-");
  if (!start || !end) return value;
  return `${clockWords(start)} – ${clockWords(end)}`;
}
