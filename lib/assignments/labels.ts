// Words and dates for assignments, shared by the client and clinician pages. Pure.
import { dateTimeFormat } from "@/lib/time/formatters";
import { timeWords } from "@/lib/time/words";
import type { RecipientState } from "./schemas";

// The shared time words ("5:00 PM", "March 3, 2025 at 6:00 PM"), under the names pages import here.
export { dateTimeWords, timeWords } from "@/lib/time/words";

/** "reflection" → "Reflection". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// The practice's word for between-session work (Practice.assignmentLabel, set on the admin's
// practice settings page) reaches every page and email through these helpers, never as "homework",
// "exercise" or "assignment" written into the text. Words without a plural ("homework") stay as they are.
const UNCOUNTABLE = new Set(["homework", "work", "coursework", "classwork", "practice work"]);

function uncountable(label: string): boolean {
  return UNCOUNTABLE.has(label.toLowerCase());
}

/** "reflection" → "reflections", "homework" → "homework" (the practice's label is a plain noun). */
export function plural(label: string): string {
  if (uncountable(label)) return label;
  if (/(s|sh|ch|x)$/i.test(label)) return `${label}es`;
  if (/[^aeiou]y$/i.test(label)) return `${label.slice(0, -1)}ies`;
  return `${label}s`;
}

/** "a reflection", "an exercise", "some homework". */
export function withArticle(label: string): string {
  if (uncountable(label)) return `some ${label}`;
  return `${/^[aeiou]/i.test(label) ? "an" : "a"} ${label}`;
}

/** What the clinician sees for one recipient's progress. */
export const CLINICIAN_STATE_LABEL: Record<RecipientState, string> = {
  ASSIGNED: "Not started",
  IN_PROGRESS: "Started",
  SUBMITTED: "Sent",
  REVISION_REQUESTED: "Asked to revise",
  REVIEWED: "Reviewed",
};

function dayKey(date: Date, timeZone: string): string {
  return dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    date,
  );
}

/** "today", "tomorrow", "yesterday", "Friday, March 7" (with the year when it is not this year). */
export function dayWords(date: Date, now: Date, timeZone: string): string {
  const key = dayKey(date, timeZone);
  if (key === dayKey(now, timeZone)) return "today";
  if (key === dayKey(new Date(now.getTime() + 86_400_000), timeZone)) return "tomorrow";
  if (key === dayKey(new Date(now.getTime() - 86_400_000), timeZone)) return "yesterday";
  const sameYear = key.slice(0, 4) === dayKey(now, timeZone).slice(0, 4);
  return dateTimeFormat("en-US", {
    timeZone,
    weekday: "long",
    month: "long",
    day: "numeric",
    ...(sameYear ? {} : { year: "numeric" }),
  }).format(date);
}

/** "Due tomorrow at 6:00 PM" or, calmly, "Was due Monday, March 3". */
export function dueWords(dueAt: Date, now: Date, timeZone: string): { text: string; overdue: boolean } {
  const overdue = dueAt.getTime() < now.getTime();
  const day = dayWords(dueAt, now, timeZone);
  if (overdue) return { text: `Was due ${day}`, overdue };
  return { text: `Due ${day} at ${timeWords(dueAt, timeZone)}`, overdue };
}
