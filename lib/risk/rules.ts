// Which submitted answers raise a risk alert. Pure: the submission calls it inside its transaction,
// the unit tests against worked examples.
//
// - PHQ-9 item 9 (thoughts that you would be better off dead or of hurting yourself) answered with
//   anything above "Not at all".
// - The weekly check-in's "how safe did you feel" scale (prompt id `felt-safe`, 0-10, an id the
//   content pack promises never to rename) at or below the practice's threshold.
import { promptLists, type ExerciseDefinition } from "@/lib/exercises/schema";
import { PHQ9_SELF_HARM_ITEM, PHQ9_SELF_HARM_NONE } from "@/lib/measures/instruments";

export type RiskKind = "SELF_HARM_ITEM" | "LOW_SAFETY";

export const FELT_SAFE_PROMPT = "felt-safe";
/** The practice threshold's allowed range (the felt-safe scale runs 0-10). */
export const SAFETY_THRESHOLD_MIN = 0;
export const SAFETY_THRESHOLD_MAX = 9;

/** Whether the exercise has a question whose answer could raise an alert at all. */
export function canRaiseRisk(definition: ExerciseDefinition): { selfHarm: boolean; safety: boolean } {
  const ids = promptLists(definition).flatMap((l) => l.prompts.map((p) => p.id));
  return {
    selfHarm: definition.measure?.instrument === "phq-9" && ids.includes(PHQ9_SELF_HARM_ITEM),
    safety: ids.includes(FELT_SAFE_PROMPT),
  };
}

export function riskFindings(
  definition: ExerciseDefinition,
  values: Record<string, unknown>,
  safetyThreshold: number,
): RiskKind[] {
  const can = canRaiseRisk(definition);
  const found: RiskKind[] = [];
  const item9 = values[PHQ9_SELF_HARM_ITEM];
  if (can.selfHarm && typeof item9 === "string" && item9 !== PHQ9_SELF_HARM_NONE)
    found.push("SELF_HARM_ITEM");
  const safe = values[FELT_SAFE_PROMPT];
  if (can.safety && typeof safe === "number" && safe <= safetyThreshold) found.push("LOW_SAFETY");
  return found;
}

/** The clinician's words for an alert (never in an email: emails carry no clinical content). */
export function riskKindWords(kind: RiskKind): string {
  return kind === "SELF_HARM_ITEM"
    ? "Answered PHQ-9 question 9 (thoughts of being better off dead or of self-harm) above “Not at all”"
    : "Reported feeling unsafe in the weekly check-in (at or below the practice’s threshold)";
}
