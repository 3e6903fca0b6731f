// Words the exercise components and pages share. Plain and warm: clinicians read these in the
// library, and some (minutes, required) are shown to clients.
import type { Audience, LibrarySource } from "@/lib/exercises/filters";
import type { PromptKind } from "@/lib/exercises/schema";

export const AUDIENCE_LABELS: Record<Audience, string> = {
  individual: "Individuals",
  couple: "Couples",
  both: "Individuals or couples",
};

/** Filter wording: "Couples" also lists exercises written for both. */
export const AUDIENCE_FILTER_LABELS: Record<Audience, string> = {
  individual: "For individuals",
  couple: "For couples",
  both: "Written for both",
};

export const SOURCE_FILTER_LABELS: Record<LibrarySource, string> = {
  guide: "From the guide",
  mine: "My exercises",
  shared: "Shared by colleagues",
};

export const KIND_LABELS: Record<PromptKind, string> = {
  long_text: "Long answer",
  short_text: "Short answer",
  scale: "Scale",
  single_choice: "Single choice",
  multiple_choice: "Multiple choice",
  checklist: "Checklist",
  log: "Log of entries (date + text)",
};

export function minutesLabel(minutes: number): string {
  return minutes === 1 ? "About 1 minute" : `About ${minutes} minutes`;
}

/**
 * "10,000": digits grouped by hand rather than with Intl.NumberFormat. The first formatter a page
 * builds loads the browser's locale data, which measured as about 40 ms of the completion page's
 * hydration before Lighthouse's 4x phone slowdown (and `toLocaleString` builds one per call).
 */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
