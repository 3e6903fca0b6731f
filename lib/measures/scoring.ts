// Scores, bands and change since last time for the published measures. Pure.
import type { MeasureInstrument } from "@/lib/exercises/schema";
import { INSTRUMENTS, type Band } from "./instruments";

/** Answer values by prompt id (single_choice values are option ids). */
export type AnswerValues = Record<string, unknown>;

export type Score = { total: number; band: Band };

/**
 * The total of one completed measure, or null when any scored item is unanswered or not one of the
 * published options: a partial total would read as a lower (or, for the CSI-4, a worse) score.
 */
export function scoreMeasure(instrument: MeasureInstrument, values: AnswerValues): Score | null {
  const rules = INSTRUMENTS[instrument];
  let total = 0;
  for (const [itemId, points] of Object.entries(rules.items)) {
    const value = values[itemId];
    if (typeof value !== "string" || !(value in points)) return null;
    total += points[value]!;
  }
  return { total, band: bandFor(instrument, total) };
}

export function bandFor(instrument: MeasureInstrument, total: number): Band {
  const rules = INSTRUMENTS[instrument];
  const band = rules.bands.find((b) => total >= b.min && total <= b.max);
  if (!band) throw new RangeError(`${rules.name} total ${total} is outside 0-${rules.maxTotal}`);
  return band;
}

export type Change = { delta: number; direction: "better" | "worse" | "same" };

/** The change from the previous total to the latest, and whether that is better for the person. */
export function changeSince(instrument: MeasureInstrument, previous: number, latest: number): Change {
  const delta = latest - previous;
  if (delta === 0) return { delta, direction: "same" };
  const up = delta > 0;
  return { delta, direction: up === INSTRUMENTS[instrument].higherIsBetter ? "better" : "worse" };
}

/** "+3", "-2", "0": a signed change for display. */
export function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : String(delta);
}
