// The measure scores of one client or couple over time: per instrument, per person, each total with
// its band, the latest, and the change since the one before. Also the weekly check-ins whose
// "how safe did you feel" was at or below the practice's threshold. Pure.
import type { MeasureInstrument } from "@/lib/exercises/schema";
import { FELT_SAFE_PROMPT } from "@/lib/risk/rules";
import { INSTRUMENTS, type Band } from "./instruments";
import { changeSince, scoreMeasure, type AnswerValues, type Change } from "./scoring";

export type MeasurePoint = { at: string; total: number; band: Band };

export type MeasurePersonDto = {
  clientId: string;
  name: string;
  points: MeasurePoint[];
  latest: MeasurePoint | null;
  /** Change from the one before the latest; null with fewer than two. */
  change: Change | null;
};

export type MeasureSummaryDto = {
  instrument: MeasureInstrument;
  name: string;
  maxTotal: number;
  bands: Band[];
  higherIsBetter: boolean;
  people: MeasurePersonDto[];
};

export type LowSafetyDto = { clientId: string; name: string; at: string; value: number };

export type MeasureSubmission = {
  instrument: MeasureInstrument | null;
  /** True for an exercise with the felt-safe scale (the weekly check-in). */
  hasFeltSafe: boolean;
  clientId: string;
  at: Date;
  values: AnswerValues;
};

export function buildMeasureSummaries(
  submissions: readonly MeasureSubmission[],
  people: readonly { clientId: string; name: string }[],
): MeasureSummaryDto[] {
  const sorted = [...submissions].sort((a, b) => a.at.getTime() - b.at.getTime());
  const summaries: MeasureSummaryDto[] = [];
  for (const rules of Object.values(INSTRUMENTS)) {
    const mine = sorted.filter((s) => s.instrument === rules.id);
    if (mine.length === 0) continue;
    const persons = people.map((person) => {
      const points = mine
        .filter((s) => s.clientId === person.clientId)
        .flatMap((s) => {
          const score = scoreMeasure(rules.id, s.values);
          return score ? [{ at: s.at.toISOString(), total: score.total, band: score.band }] : [];
        });
      const latest = points[points.length - 1] ?? null;
      const previous = points[points.length - 2];
      return {
        clientId: person.clientId,
        name: person.name,
        points,
        latest,
        change: latest && previous ? changeSince(rules.id, previous.total, latest.total) : null,
      };
    });
    summaries.push({
      instrument: rules.id,
      name: rules.name,
      maxTotal: rules.maxTotal,
      bands: rules.bands,
      higherIsBetter: rules.higherIsBetter,
      people: persons,
    });
  }
  return summaries;
}

/** Check-ins whose felt-safe answer was at or below `threshold`, newest first. */
export function lowSafetyAnswers(
  submissions: readonly MeasureSubmission[],
  people: readonly { clientId: string; name: string }[],
  threshold: number,
): LowSafetyDto[] {
  const names = new Map(people.map((p) => [p.clientId, p.name]));
  return submissions
    .filter((s) => s.hasFeltSafe && names.has(s.clientId))
    .flatMap((s) => {
      const value = s.values[FELT_SAFE_PROMPT];
      return typeof value === "number" && value <= threshold
        ? [{ clientId: s.clientId, name: names.get(s.clientId)!, at: s.at.toISOString(), value }]
        : [];
    })
    .sort((a, b) => b.at.localeCompare(a.at));
}
