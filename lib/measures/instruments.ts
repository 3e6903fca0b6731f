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
// - CSI-4: Funk & Rogge, J Fam Psychol 2007;21(4):572-583, doi:10.1037/0893-3200.21.4.572. Item 1
//   scored 0-6 (Extremely Unhappy to Perfect), items 2-4 scored 0-5; total 0-21, higher is more
//   satisfied; a total below 13.5 indicates notable relationship dissatisfaction.
//   Re-checked for issue 15 with the `search` tool (docs, pages and code corpora):
//   * Items and anchors: public reproductions of the CSI-16/CSI-32 carry these four item texts with
//     these anchors, and a public CSI-4 implementation (citing Funk & Rogge 2007) lists exactly the
//     degree-of-happiness item, "I have a warm and comfortable relationship with my partner.", "How
//     rewarding is your relationship with your partner?" and "In general, how satisfied are you with
//     your relationship?", scored 0-6, 0-5, 0-5, 0-5 as a simple sum (0-21). Some other reproductions
//     take the FIRST four CSI-16 items ("going well", "strong", "makes me happy") as the CSI-4: that
//     is not the authors' short form, and not what content/guides/standard-measures/csi-4.yaml holds.
//   * Cut-off: the corpus holds the 2007 paper's opening pages only, not its scoring section, so the
//     CSI-4 figure could not be read there. What was found agrees with 13.5: a scale summary gives
//     the companion CSI-32 cut-off as "below 104.5", which the authors' scoring notes pair with 13.5
//     for the CSI-4 (that pairing is from those notes, not read in the corpus); the Korean validation (Kim et al., J Korean Acad Nurs) derived 13.25 for
//     its own sample, close to but distinct from the English original. Nothing found contradicts
//     13.5, so it is kept; if the authors' scoring sheet can be read, check it against this line.
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
    // Totals are whole numbers, so "below 13.5" is 0-13 (13 is distress, 14 is not).
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
