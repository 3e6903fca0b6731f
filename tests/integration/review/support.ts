import { createAssignments } from "@/lib/assignments/service";
import type { CreateAssignmentInput } from "@/lib/assignments/schemas";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { submitResponse } from "@/lib/responses/save";
import { actorFor, createScenario } from "../../support/factories";

// Set-up for the review, prep and dashboard tests: a practice with a clinician (TN and VA), an
// individual client in VA and a couple in TN, and quick ways to hand out and send work.

export const DAY = 86_400_000;
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);

export async function reviewScenario() {
  const s = await createScenario();
  const [first, second] = s.partners;
  return {
    ...s,
    actors: {
      clinician: actorFor(s.clinician),
      client: actorFor(s.client),
      alex: actorFor(first),
      sam: actorFor(second),
      admin: actorFor(s.admin),
    },
  };
}
export type ReviewScenario = Awaited<ReturnType<typeof reviewScenario>>;

/** Answers for slowing-down: one shared and one private answer each (required prompts filled). */
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

export async function giveSlowingDown(s: ReviewScenario, extra: Partial<CreateAssignmentInput> = {}) {
  const created = await createAssignments(s.actors.clinician, {
    exercise: "slowing-down",
    coupleId: s.couple.id,
    perspectives: { [s.actors.alex.userId]: "was-hurt", [s.actors.sam.userId]: "caused-harm" },
    dueAt: daysFromNow(7).toISOString(),
    // Tests give the same exercise again on purpose: not the duplicate warning under test.
    allowDuplicate: true,
    ...extra,
  });
  return created.items[0]!;
}

export async function giveCheckIns(
  s: ReviewScenario,
  to: { clientId?: string; coupleId?: string },
  weeks: number,
) {
  const first = daysFromNow(1);
  const created = await createAssignments(s.actors.clinician, {
    exercise: "weekly-trust-check-in",
    ...to,
    dueAt: first.toISOString(),
    allowDuplicate: true,
    ...(weeks > 1
      ? { repeatWeeklyUntil: new Date(first.getTime() + (weeks - 1) * 7 * DAY + 60_000).toISOString() }
      : {}),
  });
  return created.items;
}

export function checkInAnswers(base: number, shared = false) {
  return {
    "felt-safe": { value: base, shared },
    "could-count-on": { value: Math.min(10, base + 1), shared },
    openness: { value: base, shared },
    hope: { value: Math.min(10, base + 2), shared },
  };
}

/** Sends answers as the client (from the version stored now). */
export async function send(
  actor: Actor,
  assignmentId: string,
  answers: Record<string, { value: unknown; shared: boolean }>,
  now?: Date,
) {
  const response = await db.response.findFirstOrThrow({
    where: { recipient: { assignmentId, clientId: actor.userId } },
    select: { version: true },
  });
  return submitResponse(actor, assignmentId, { version: response.version, answers }, {}, now);
}

export async function recipientIdOf(assignmentId: string, clientId: string): Promise<string> {
  const row = await db.assignmentRecipient.findUniqueOrThrow({
    where: { assignmentId_clientId: { assignmentId, clientId } },
    select: { id: true },
  });
  return row.id;
}

/** An appointment in the past (the service refuses those), straight into the table. */
export async function pastAppointment(
  s: ReviewScenario,
  target: { clientId?: string; coupleId?: string },
  daysAgo: number,
) {
  return db.appointment.create({
    data: {
      practiceId: s.practice.id,
      clinicianId: s.clinician.id,
      clientId: target.clientId ?? null,
      coupleId: target.coupleId ?? null,
      startsAt: daysFromNow(-daysAgo),
    },
  });
}
