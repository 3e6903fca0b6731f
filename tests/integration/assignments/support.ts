import { createAssignments } from "@/lib/assignments/service";
import type { CreateAssignmentInput } from "@/lib/assignments/schemas";
import { db } from "@/lib/db";
import { actorFor, createScenario } from "../../support/factories";

// Shared set-up for the assignment and response tests: a scenario (clinician licensed in TN and
// VA, an individual client in VA, a couple in TN) and quick ways to hand out work.

export const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

export async function assignmentScenario() {
  const s = await createScenario();
  const clinician = actorFor(s.clinician);
  const client = actorFor(s.client);
  const [first, second] = s.partners;
  const alex = actorFor(first);
  const sam = actorFor(second);
  return { ...s, actors: { clinician, client, alex, sam, admin: actorFor(s.admin) } };
}

export type Scenario = Awaited<ReturnType<typeof assignmentScenario>>;

/** slowing-down to the couple: the first partner was hurt, the second caused the harm. */
export async function assignSlowingDown(s: Scenario, extra: Partial<CreateAssignmentInput> = {}) {
  const created = await createAssignments(s.actors.clinician, {
    exercise: "slowing-down",
    coupleId: s.couple.id,
    perspectives: { [s.actors.alex.userId]: "was-hurt", [s.actors.sam.userId]: "caused-harm" },
    dueAt: inAWeek(),
    note: "Take your time with this one.",
    ...extra,
  });
  return created.items[0]!;
}

export async function assignCheckIn(s: Scenario, extra: Partial<CreateAssignmentInput> = {}) {
  const created = await createAssignments(s.actors.clinician, {
    exercise: "weekly-trust-check-in",
    clientId: s.client.id,
    dueAt: inAWeek(),
    ...extra,
  });
  return created.items[0]!;
}

/** Complete answers for each perspective of slowing-down (required prompts filled). */
export const WAS_HURT = {
  "feelings-in-words": { value: "Mostly grief, and some anger.", shared: true },
  "what-would-help-safety": { value: "I need you to tell me where you are.", shared: false },
  readiness: { value: "small-steps", shared: true },
};
export const CAUSED_HARM = {
  "what-i-did": { value: "I hid messages for months.", shared: false },
  "impact-on-partner": { value: "It made everything feel unsafe.", shared: true },
  "follow-through": { value: "Share my phone without being asked.", shared: true },
};

export async function revisionCount(assignmentId: string, clientId: string): Promise<number> {
  return db.responseRevision.count({ where: { response: { recipient: { assignmentId, clientId } } } });
}
