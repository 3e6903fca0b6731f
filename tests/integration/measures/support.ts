import { createAssignments } from "@/lib/assignments/service";
import type { CreateAssignmentInput } from "@/lib/assignments/schemas";
import { inAWeek, type Scenario } from "../assignments/support";

// Handing out the standard measures, and complete answers to them.

export async function assignMeasure(
  s: Scenario,
  exercise: "phq-9" | "gad-7" | "csi-4",
  to: { clientId: string } | { coupleId: string },
  extra: Partial<CreateAssignmentInput> = {},
) {
  const created = await createAssignments(s.actors.clinician, {
    exercise,
    ...to,
    dueAt: inAWeek(),
    // Measures are given again on purpose (schedules, change since last): not the duplicate warning.
    allowDuplicate: true,
    ...extra,
  });
  return created;
}

/** PHQ-9 answers: items 1-8 "Several days", item 9 as given. */
export function phq9Answers(item9: string, shared = false) {
  const answers: Record<string, { value: string; shared: boolean }> = {};
  for (let i = 1; i <= 8; i++) answers[`phq9-${i}`] = { value: "several-days", shared };
  answers["phq9-9"] = { value: item9, shared };
  return answers;
}

export function csi4Answers(values: [string, string, string, string]) {
  return Object.fromEntries(values.map((v, i) => [`csi4-${i + 1}`, { value: v, shared: false }]));
}

/** Complete weekly check-in answers with the given "how safe did you feel". */
export function checkInAnswers(feltSafe: number) {
  return {
    "felt-safe": { value: feltSafe, shared: false },
    "could-count-on": { value: 5, shared: false },
    openness: { value: 5, shared: false },
    hope: { value: 5, shared: false },
  };
}

/** A fixed time zone where it is `hour` o'clock now (Etc/GMT zones run UTC-12 to UTC+11 here). */
export function zoneWhereItIs(hour: number, now: Date = new Date()): string {
  const offset = ((hour - now.getUTCHours() + 36) % 24) - 12;
  return offset === 0 ? "Etc/GMT" : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}
