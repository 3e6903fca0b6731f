// Dates as people read them ("June 30, 2027"), in the reader's time zone. Pure.
import { dateWords } from "@/lib/time/words";

export function formatDay(date: Date | string, timeZone = "America/Chicago"): string {
  return dateWords(new Date(date), timeZone);
}

/** Whole days from `from` to `to`, rounded down (negative when `to` is in the past). */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / 86_400_000);
}
