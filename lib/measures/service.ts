import "server-only";
import { recordAuditMany, type AuditRequestMeta } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { storedDefinition } from "@/lib/exercises/definition";
import type { Actor } from "@/lib/policy/actor";
import { assertActsAsClinician } from "@/lib/policy/assignments";
import { assertCan } from "@/lib/policy/permissions";
import { readStoredAnswers, valuesOf } from "@/lib/responses/answers";
import { canRaiseRisk } from "@/lib/risk/rules";
import {
  buildMeasureSummaries,
  lowSafetyAnswers,
  type LowSafetyDto,
  type MeasureSummaryDto,
} from "./summaries";

// Measure scores and low safety answers for the prep view of one client or couple: every submitted
// measure and weekly check-in the acting clinician gave them (the latest submission of each copy),
// scored with lib/measures. Only clients of the actor's own caseload; the read is recorded in the
// audit trail (one `measures.read` per client) before anything is returned.

const MEASURE_SLUGS = ["phq-9", "gad-7", "csi-4", "weekly-trust-check-in"];
/** Enough history for a trend, without reading years of weekly check-ins. */
const MAX_COPIES = 200;

export type MeasuresView = { measures: MeasureSummaryDto[]; lowSafety: LowSafetyDto[]; threshold: number };

export async function getMeasuresView(
  actor: Actor,
  clientIds: readonly string[],
  meta: AuditRequestMeta = {},
): Promise<MeasuresView> {
  assertCan(actor, "read:prep:own");
  assertActsAsClinician(actor);
  const [profiles, practice] = await Promise.all([
    db.clientProfile.findMany({
      where: { practiceId: actor.practiceId, clinicianId: actor.userId, userId: { in: [...clientIds] } },
      select: { userId: true, user: { select: { name: true } } },
    }),
    db.practice.findUniqueOrThrow({
      where: { id: actor.practiceId },
      select: { checkInSafetyThreshold: true },
    }),
  ]);
  const people = profiles.map((p) => ({ clientId: p.userId, name: p.user.name }));
  const threshold = practice.checkInSafetyThreshold;
  if (people.length === 0) return { measures: [], lowSafety: [], threshold };

  const copies = await db.assignmentRecipient.findMany({
    where: {
      clientId: { in: people.map((p) => p.clientId) },
      submittedAt: { not: null },
      assignment: {
        practiceId: actor.practiceId,
        clinicianId: actor.userId,
        exerciseVersion: { exercise: { scope: { startsWith: "pack:" }, slug: { in: MEASURE_SLUGS } } },
      },
    },
    orderBy: { submittedAt: "desc" },
    take: MAX_COPIES,
    select: {
      clientId: true,
      submittedAt: true,
      assignment: { select: { exerciseVersion: { select: { definition: true } } } },
      response: {
        select: {
          revisions: { orderBy: { number: "desc" }, take: 1, select: { answers: true, submittedAt: true } },
        },
      },
    },
  });

  await recordAuditMany(
    actor,
    people.map((p) => ({
      action: "measures.read",
      subjectType: "ClientProfile",
      subjectId: p.clientId,
      clientId: p.clientId,
      metadata: { copies: copies.filter((c) => c.clientId === p.clientId).length },
    })),
    meta,
  );

  const submissions = copies.flatMap((c) => {
    const revision = c.response?.revisions[0];
    if (!revision) return [];
    const definition = storedDefinition(c.assignment.exerciseVersion.definition);
    return [
      {
        instrument: definition.measure?.instrument ?? null,
        hasFeltSafe: canRaiseRisk(definition).safety,
        clientId: c.clientId,
        at: revision.submittedAt,
        values: valuesOf(readStoredAnswers(revision.answers)),
      },
    ];
  });
  return {
    measures: buildMeasureSummaries(submissions, people),
    lowSafety: lowSafetyAnswers(submissions, people, threshold),
    threshold,
  };
}
