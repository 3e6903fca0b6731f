import "server-only";
import { recordAuditMany, type AuditRequestMeta } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { storedDefinition } from "@/lib/exercises/definition";
import { attachChecksToAssignment, canAssign } from "@/lib/jurisdiction/service";
import { logError, logInfo } from "@/lib/log";
import { holdsRole, type Actor } from "@/lib/policy/actor";

// A partner who joins a couple after work was given to it gets their own copy of the work still
// open: active, not past its due date, and not yet finished by the partner already there (a copy
// marked reviewed is done). The clinician gave it to the couple, so it is theirs too. Each copy
// passes the jurisdiction rule for the newcomer first, as assigning would (the check is recorded
// either way); a copy the rule refuses is not made, and the clinician can give it again later.
// Perspective exercises: the newcomer answers from a side nobody has taken yet (else the first).

const DONE = ["REVIEWED"] as const;

/** Called after the invitation is accepted (its own transaction committed). Never throws. */
export async function giveOpenWorkToNewPartner(
  coupleId: string,
  clientId: string,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<number> {
  try {
    return await copyOpenWork(coupleId, clientId, meta, now);
  } catch (error) {
    logError("couples.late_partner_copy_failed", error, { coupleId });
    return 0;
  }
}

async function copyOpenWork(coupleId: string, clientId: string, meta: AuditRequestMeta, now: Date) {
  const couple = await db.couple.findUnique({
    where: { id: coupleId },
    select: {
      practiceId: true,
      clinician: {
        select: {
          id: true,
          role: true,
          alsoClinician: true,
          name: true,
          email: true,
          timeZone: true,
          deactivatedAt: true,
        },
      },
    },
  });
  if (!couple || couple.clinician.deactivatedAt) return 0;
  const open = await db.assignment.findMany({
    where: {
      coupleId,
      practiceId: couple.practiceId,
      status: "ACTIVE",
      dueAt: { gt: now },
      recipients: { none: { clientId }, some: { state: { notIn: [...DONE] } } },
    },
    select: {
      id: true,
      recipients: { select: { perspectiveId: true } },
      exerciseVersion: { select: { definition: true } },
    },
  });
  if (open.length === 0) return 0;
  // The couple's clinician decides, as if assigning now (the rule reads their licences).
  const clinician: Actor = {
    userId: couple.clinician.id,
    practiceId: couple.practiceId,
    role: couple.clinician.role,
    alsoClinician: couple.clinician.alsoClinician,
    name: couple.clinician.name,
    email: couple.clinician.email,
    timeZone: couple.clinician.timeZone,
    sessionId: "",
  };
  if (!holdsRole(clinician, "CLINICIAN")) return 0;
  const check = await canAssign(clinician, { clientId }, now);
  if (!check.allowed) {
    logInfo("couples.late_partner_copy_refused", { coupleId, assignments: open.length });
    return 0;
  }
  await db.$transaction(async (tx) => {
    for (const a of open) {
      const perspectives = storedDefinition(a.exerciseVersion.definition).perspectives;
      const taken = new Set(a.recipients.map((r) => r.perspectiveId));
      const perspectiveId = perspectives
        ? (perspectives.find((p) => !taken.has(p.id)) ?? perspectives[0]!).id
        : null;
      await tx.assignmentRecipient.create({
        data: { assignmentId: a.id, clientId, perspectiveId, response: { create: {} } },
      });
    }
    await attachChecksToAssignment(check.checkIds, open[0]!.id, tx);
    await recordAuditMany(
      null,
      open.map((a) => ({
        action: "assignment.copy_for_new_partner",
        subjectType: "Assignment",
        subjectId: a.id,
        clientId,
        metadata: { coupleId },
      })),
      meta,
      { tx, practiceId: couple.practiceId },
    );
  });
  return open.length;
}
