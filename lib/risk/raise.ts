import "server-only";
import type { AuditEventInput } from "@/lib/audit/record";
import type { Prisma } from "@/lib/db";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import { PHQ9_SELF_HARM_ITEM, PHQ9_SELF_HARM_NONE } from "@/lib/measures/instruments";
import { canRaiseRisk, FELT_SAFE_PROMPT, riskFindings, SAFETY_THRESHOLD_MAX, type RiskKind } from "./rules";

// Raising risk alerts, inside the submission's transaction: the alert and the submission stand or
// fall together, so a sent answer that needs attention can never lack its alert.

export type RaisedAlert = { id: string; kind: RiskKind };

type Tx = Pick<Prisma.TransactionClient, "assignment" | "riskAlert">;

/** Whether these answers might raise an alert, before anything is read (keeps ordinary sends cheap). */
function mightRaise(definition: ExerciseDefinition, values: Record<string, unknown>): boolean {
  const can = canRaiseRisk(definition);
  const item9 = values[PHQ9_SELF_HARM_ITEM];
  const safe = values[FELT_SAFE_PROMPT];
  return (
    (can.selfHarm && typeof item9 === "string" && item9 !== PHQ9_SELF_HARM_NONE) ||
    (can.safety && typeof safe === "number" && safe <= SAFETY_THRESHOLD_MAX)
  );
}

export async function raiseRiskAlerts(
  tx: Tx,
  input: {
    assignmentId: string;
    recipientId: string;
    clientId: string;
    revision: number;
    definition: ExerciseDefinition;
    values: Record<string, unknown>;
    now: Date;
  },
): Promise<RaisedAlert[]> {
  if (!mightRaise(input.definition, input.values)) return [];
  const assignment = await tx.assignment.findUniqueOrThrow({
    where: { id: input.assignmentId },
    select: { practiceId: true, clinicianId: true, practice: { select: { checkInSafetyThreshold: true } } },
  });
  const kinds = riskFindings(input.definition, input.values, assignment.practice.checkInSafetyThreshold);
  if (kinds.length === 0) return [];
  return tx.riskAlert.createManyAndReturn({
    data: kinds.map((kind) => ({
      practiceId: assignment.practiceId,
      clinicianId: assignment.clinicianId,
      clientId: input.clientId,
      assignmentId: input.assignmentId,
      recipientId: input.recipientId,
      revision: input.revision,
      kind,
      createdAt: input.now,
    })),
    skipDuplicates: true,
    select: { id: true, kind: true },
  });
}

/** The audit events of raised alerts (ids and kinds only). */
export function raisedAuditEvents(alerts: readonly RaisedAlert[], clientId: string): AuditEventInput[] {
  return alerts.map((a) => ({
    action: "risk_alert.raised",
    subjectType: "RiskAlert",
    subjectId: a.id,
    clientId,
    metadata: { kind: a.kind },
  }));
}
