import "server-only";
import { recordAssignmentEvents, type AuditMeta } from "@/lib/assignments/audit";
import { recordAuditMany } from "@/lib/audit/record";
import { db, type Prisma } from "@/lib/db";
import { badRequest, conflict, forbidden, unprocessable } from "@/lib/errors";
import { validateRequired } from "@/lib/exercises/answer-schemas";
import { storedDefinition } from "@/lib/exercises/definition";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import { recordClientLocation } from "@/lib/locations/service";
import { notifySubmitted } from "@/lib/notifications/enqueue";
import { notifyRiskAlerts } from "@/lib/risk/notify";
import { raiseRiskAlerts, raisedAuditEvents } from "@/lib/risk/raise";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { readStoredAnswers, sameAnswers, valuesOf, type StoredAnswers } from "./answers";
import { checkAnswers } from "./check-answers";
import { SHARING_PAUSED_MESSAGE } from "@/lib/safety/schemas";
import { ownCopy, partnerOf, sharingAvailable, sharingPaused, writeSelect, type WriteCopy } from "./copy";
import { lockedError, lockReason, staleError, unsafeLockResponse, unsafeSaveIfCurrent } from "./locks";
import type { SaveResponseInput, SaveResultDto, SubmitResponseInput, SubmitResultDto } from "./schemas";

// Saving and sending answers to the client's own copy (the rules are in ./service.ts's header):
// every write carries the version it started from, holds the Response row's lock (./locks.ts) and
// is refused once the copy is reviewed or withdrawn.

function measureShareRefused() {
  return forbidden(
    "Answers to a standard questionnaire are seen by your therapist only and can't be shared with your partner.",
  );
}

function checkedAnswers(
  copy: WriteCopy,
  definition: ExerciseDefinition,
  answers: SaveResponseInput["answers"],
): StoredAnswers {
  // Answers to a standard measure go to the therapist only, whatever the couple's agreement.
  if (definition.measure && Object.values(answers).some((a) => a.shared)) throw measureShareRefused();
  refuseWhilePaused(copy, answers);
  const checked = checkAnswers(definition, copy.perspectiveId, answers, sharingAvailable(copy));
  if (!checked.ok) throw badRequest(checked.problems[0]!.message, checked.problems);
  return checked.answers;
}

/** 409 `sharing_paused` for any answer marked shared while the couple's sharing is paused (./copy.ts). */
function refuseWhilePaused(copy: WriteCopy, answers: Record<string, { shared: boolean }>): void {
  if (!sharingPaused(copy)) return;
  const shared = Object.keys(answers).filter((id) => answers[id]!.shared);
  if (shared.length === 0) return;
  throw conflict(SHARING_PAUSED_MESSAGE, {
    reason: "sharing_paused",
    prompts: shared.map((id) => ({ path: `answers.${id}.shared`, message: SHARING_PAUSED_MESSAGE })),
  });
}

/**
 * Saves a draft. `version` must be the server's current one: otherwise 409 with the current copy
 * (unless the answers sent are exactly what is stored, e.g. a retry of a save whose reply was lost:
 * then it simply succeeds).
 */
export async function saveDraft(
  actor: Actor,
  assignmentId: string,
  input: SaveResponseInput,
  now: Date = new Date(),
): Promise<SaveResultDto> {
  assertCan(actor, "write:response:own");
  const copy = await ownCopy(actor, assignmentId, writeSelect);
  const locked = lockReason(copy);
  if (locked) throw lockedError(locked);
  const answers = checkedAnswers(
    copy,
    storedDefinition(copy.assignment.exerciseVersion.definition),
    input.answers,
  );

  // Most saves are the next version of an open copy: one statement. Anything else (stale, locked,
  // a retried save, no Response row yet) is answered by the locked path below.
  const saved = await unsafeSaveIfCurrent(copy.id, input.version, answers as Prisma.InputJsonValue, now);
  if (saved) return { version: saved.version, savedAt: now.toISOString(), state: saved.state };

  return db.$transaction(async (tx) => {
    const { response, recipient } = await unsafeLockResponse(tx, copy.id);
    const reason = lockReason(recipient);
    if (reason) throw lockedError(reason);
    const stored = readStoredAnswers(response.answers);
    if (sameAnswers(stored, answers)) {
      return { version: response.version, savedAt: response.updatedAt.toISOString(), state: recipient.state };
    }
    if (response.version !== input.version) throw staleError(response);
    const updated = await tx.response.updateMany({
      where: { id: response.id, version: input.version },
      data: { answers: answers as Prisma.InputJsonValue, version: { increment: 1 }, updatedAt: now },
    });
    if (updated.count !== 1)
      throw staleError(await tx.response.findUniqueOrThrow({ where: { id: response.id } }));
    let state = recipient.state;
    if (state === "ASSIGNED") {
      await tx.assignmentRecipient.updateMany({
        where: { id: copy.id, state: "ASSIGNED" },
        data: { state: "IN_PROGRESS" },
      });
      state = "IN_PROGRESS";
    }
    return { version: input.version + 1, savedAt: now.toISOString(), state };
  });
}

/**
 * Sends the answers to the clinician (optionally saving `answers` first, in the same step). Every
 * required prompt must be answered (422 naming each). The submission is kept as a new numbered
 * revision, unless exactly these answers were the last thing sent: a double submit makes one.
 */
export async function submitResponse(
  actor: Actor,
  assignmentId: string,
  input: SubmitResponseInput,
  meta: AuditMeta = {},
  now: Date = new Date(),
): Promise<SubmitResultDto> {
  assertCan(actor, "write:response:own");
  const copy = await ownCopy(actor, assignmentId, writeSelect);
  const locked = lockReason(copy);
  if (locked) throw lockedError(locked);
  const definition = storedDefinition(copy.assignment.exerciseVersion.definition);
  const sent = input.answers ? checkedAnswers(copy, definition, input.answers) : null;

  const result = await db.$transaction(async (tx) => {
    const { response, recipient } = await unsafeLockResponse(tx, copy.id);
    const reason = lockReason(recipient);
    if (reason) throw lockedError(reason);
    const stored = readStoredAnswers(response.answers);
    const latest = await tx.responseRevision.findFirst({
      where: { responseId: response.id },
      orderBy: { number: "desc" },
      select: { number: true, answers: true, submittedAt: true },
    });

    // The same answers as the last submission, still in the submitted state: nothing new to send.
    const answers = sent ?? stored;
    // A draft marked shared before sharing was paused is not sent as shared while it is.
    if (!sent) refuseWhilePaused(copy, answers);
    if (
      recipient.state === "SUBMITTED" &&
      latest &&
      sameAnswers(answers, stored) &&
      sameAnswers(stored, readStoredAnswers(latest.answers))
    ) {
      return {
        version: response.version,
        state: recipient.state,
        submittedAt: (recipient.submittedAt ?? latest.submittedAt).toISOString(),
        revision: latest.number,
        alreadySubmitted: true,
      };
    }
    if (response.version !== input.version && !(sent && sameAnswers(sent, stored)))
      throw staleError(response);

    const problems = validateRequired(definition, copy.perspectiveId, valuesOf(answers));
    if (Object.keys(problems).length > 0) {
      throw unprocessable("Some questions need an answer before you send.", {
        reason: "incomplete",
        prompts: problems,
      });
    }

    let version = response.version;
    if (!sameAnswers(answers, stored)) {
      const updated = await tx.response.updateMany({
        where: { id: response.id, version: response.version },
        data: { answers: answers as Prisma.InputJsonValue, version: { increment: 1 }, updatedAt: now },
      });
      if (updated.count !== 1)
        throw staleError(await tx.response.findUniqueOrThrow({ where: { id: response.id } }));
      version += 1;
    } else {
      // The live copy is exactly what is sent: mark it as not newer than the submission.
      await tx.response.update({
        where: { id: response.id },
        data: { updatedAt: now },
        select: { id: true },
      });
    }
    const number = (latest?.number ?? 0) + 1;
    await tx.responseRevision.create({
      data: { responseId: response.id, number, answers: answers as Prisma.InputJsonValue, submittedAt: now },
      select: { id: true },
    });
    const alerts = await raiseRiskAlerts(tx, {
      assignmentId: copy.assignment.id,
      recipientId: copy.id,
      clientId: actor.userId,
      revision: number,
      definition,
      values: valuesOf(answers),
      now,
    });
    const moved = await tx.assignmentRecipient.updateMany({
      where: { id: copy.id, state: { not: "REVIEWED" } },
      data: { state: "SUBMITTED", submittedAt: now },
    });
    if (moved.count !== 1) throw lockedError("reviewed");
    if (input.state) {
      await recordClientLocation(tx, {
        clientId: actor.userId,
        state: input.state,
        source: "SUBMISSION",
        at: now,
      });
    }
    await recordAssignmentEvents(
      actor,
      [
        {
          action: "response.submitted",
          subjectType: "Assignment",
          subjectId: copy.assignment.id,
          clientId: actor.userId,
          metadata: { revision: number, shared: Object.values(answers).filter((a) => a.shared).length },
        },
      ],
      meta,
      tx,
    );
    await recordAuditMany(actor, raisedAuditEvents(alerts, actor.userId), meta, { tx });
    return {
      version,
      state: "SUBMITTED" as const,
      submittedAt: now.toISOString(),
      revision: number,
      alreadySubmitted: false,
      alertIds: alerts.map((a) => a.id),
    };
  });
  // After the commit, never inside it: the note to the clinician goes through the job queue.
  if (!result.alreadySubmitted) await notifySubmitted(copy.id);
  const { alertIds = [], ...dto } = result as typeof result & { alertIds?: string[] };
  if (alertIds.length > 0) await notifyRiskAlerts(alertIds);
  // The client sees where to get help right away; the alert itself says nothing to them.
  return { ...dto, partnerSubmitted: await partnerSubmitted(copy), crisisSupport: alertIds.length > 0 };
}

/**
 * Whether the partner on a couple's copy has sent theirs, so the send's confirmation can say what is
 * true now ("can now see", not "once you have both sent yours"). Read after the send is committed,
 * never before or inside it: when both partners send at the same moment, whichever reads second
 * sees both sent. One statement, only for a couple's work.
 */
async function partnerSubmitted(copy: WriteCopy): Promise<boolean> {
  const partner = partnerOf(copy);
  if (!partner) return false;
  const sent = await db.assignmentRecipient.findFirst({
    where: { assignmentId: copy.assignment.id, clientId: partner.clientId, submittedAt: { not: null } },
    select: { id: true },
  });
  return sent !== null;
}
