// Dates as people read them ("June 30, 2027"), in the reader's time zone. Pure.

export function formatDay(date: Date | string, timeZone = "America/Chicago"): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone }).format(new Date(date));
}

/** Whole days from `from` to `to`, rounded down (negative when `to` is in the past). */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / 86_400_000);
}
