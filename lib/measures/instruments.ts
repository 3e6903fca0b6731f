// The scoring rules of the published measures (content/guides/standard-measures). Pure, and free of
// Node-only imports: the prep view, the trends and the risk rules all read it.
//
// Sources (cross-checked against the published forms):
// - PHQ-9: Kroenke, Spitzer & Williams, J Gen Intern Med 2001;16:606-613. Items scored 0-3 (Not at
//   all, Several days, More than half the days, Nearly every day); total 0-27; severity 0-4 minimal,
//   5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe. The difficulty question is not
//   scored.
// - GAD-7: Spitzer, Kroenke, Williams & Löwe, Arch Intern Med 2006;166:1092-1097. Items 0-3 as above;
//   total 0-21; cut points 5, 10 and 15 for mild, moderate and severe anxiety.
// - CSI-4: Funk & Rogge, J Fam Psychol 2007;21:572-583. Item 1 scored 0-6 (Extremely Unhappy to
//   Perfect), items 2-4 scored 0-5; total 0-21, higher is more satisfied; a total below 13.5
//   indicates notable relationship dissatisfaction.
import type { MeasureInstrument } from "@/lib/exercises/schema";

export type Band = {
  /** Lowest and highest total in the band, inclusive. */
  min: number;
  max: number;
  label: string;
  /** Whether a total in this band is a concern worth a flag in the prep view. */
  concern: boolean;
};

export type InstrumentRules = {
  id: MeasureInstrument;
  name: string;
  /** Scored item ids, each with its points per option id. */
  items: Record<string, Record<string, number>>;
  maxTotal: number;
  bands: Band[];
  /** Which way is better, for words like "improved". */
  higherIsBetter: boolean;
};

const FREQUENCY = {
  "not-at-all": 0,
  "several-days": 1,
  "more-than-half-the-days": 2,
  "nearly-every-day": 3,
} as const;

const HAPPINESS = {
  "extremely-unhappy": 0,
  "fairly-unhappy": 1,
  "a-little-unhappy": 2,
  happy: 3,
  "very-happy": 4,
  "extremely-happy": 5,
  perfect: 6,
} as const;

const TRUTH = {
  "not-at-all-true": 0,
  "a-little-true": 1,
  "somewhat-true": 2,
  "mostly-true": 3,
  "almost-completely-true": 4,
  "completely-true": 5,
} as const;

const DEGREE = {
  "not-at-all": 0,
  "a-little": 1,
  somewhat: 2,
  mostly: 3,
  "almost-completely": 4,
  completely: 5,
} as const;

function numbered(prefix: string, count: number, points: Record<string, number>) {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}-${i + 1}`, points]));
}

export const INSTRUMENTS: Record<MeasureInstrument, InstrumentRules> = {
  "phq-9": {
    id: "phq-9",
    name: "PHQ-9",
    items: numbered("phq9", 9, FREQUENCY),
    maxTotal: 27,
    bands: [
      { min: 0, max: 4, label: "Minimal", concern: false },
      { min: 5, max: 9, label: "Mild", concern: false },
      { min: 10, max: 14, label: "Moderate", concern: true },
      { min: 15, max: 19, label: "Moderately severe", concern: true },
      { min: 20, max: 27, label: "Severe", concern: true },
    ],
    higherIsBetter: false,
  },
  "gad-7": {
    id: "gad-7",
    name: "GAD-7",
    items: numbered("gad7", 7, FREQUENCY),
    maxTotal: 21,
    bands: [
      { min: 0, max: 4, label: "Minimal", concern: false },
      { min: 5, max: 9, label: "Mild", concern: false },
      { min: 10, max: 14, label: "Moderate", concern: true },
      { min: 15, max: 21, label: "Severe", concern: true },
    ],
    higherIsBetter: false,
  },
  "csi-4": {
    id: "csi-4",
    name: "CSI-4",
    items: { "csi4-1": HAPPINESS, "csi4-2": TRUTH, "csi4-3": DEGREE, "csi4-4": DEGREE },
    maxTotal: 21,
    // Totals are whole numbers, so "below 13.5" is 0-13.
    bands: [
      { min: 0, max: 13, label: "Notable relationship dissatisfaction", concern: true },
      { min: 14, max: 21, label: "Above the distress cut-off (13.5)", concern: false },
    ],
    higherIsBetter: true,
  },
};

/** The PHQ-9 item about thoughts of death or self-harm, and the one answer that raises no alert. */
export const PHQ9_SELF_HARM_ITEM = "phq9-9";
export const PHQ9_SELF_HARM_NONE = "not-at-all";
