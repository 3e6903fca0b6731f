import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { actorFor, createClinician, createPractice, createUser, createClient } from "../../support/factories";

/** Two clinicians, an admin and a client in one practice, plus a clinician and client elsewhere. */
export async function libraryScenario() {
  const practice = await createPractice();
  const owner = await createClinician(practice.id);
  const colleague = await createClinician(practice.id);
  const admin = await createUser(practice.id, "ADMIN");
  const client = await createClient(practice.id, owner.id);
  const otherPractice = await createPractice();
  const outsider = await createClinician(otherPractice.id);
  const outsiderClient = await createClient(otherPractice.id, outsider.id);
  return {
    practice,
    otherPractice,
    owner: actorFor(owner),
    colleague: actorFor(colleague),
    admin: actorFor(admin),
    client: actorFor(client),
    outsider: actorFor(outsider),
    outsiderClient: actorFor(outsiderClient),
  };
}

/** A definition in the content-pack format, as the editor would send it (no version, no credit). */
export function customDefinition(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "Evening wind-down",
    summary: "A few minutes at the end of the day to notice how things felt.",
    section: "patience",
    audience: "both",
    estimatedMinutes: 5,
    prompts: [
      {
        id: "felt",
        kind: "scale",
        label: "How connected did you feel today?",
        min: 0,
        max: 10,
        minLabel: "Not at all",
        maxLabel: "Very",
        required: true,
      },
      { id: "moment", kind: "long_text", label: "One moment that stayed with you", required: false },
    ],
    ...overrides,
  };
}

export async function createAssignmentRow(actor: Actor, exerciseVersionId: string) {
  return db.assignment.create({
    data: {
      practiceId: actor.practiceId,
      clinicianId: actor.userId,
      exerciseVersionId,
      dueAt: new Date(Date.now() + 7 * 86_400_000),
    },
    select: { id: true, exerciseVersionId: true },
  });
}
