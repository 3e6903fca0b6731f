import "server-only";
import { z } from "zod";
import { recordAuditMany, type AuditRequestMeta } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { SAFETY_THRESHOLD_MAX, SAFETY_THRESHOLD_MIN } from "./rules";

// The practice's threshold for the weekly check-in's "how safe did you feel" (0-10): an answer at or
// below it raises a risk alert. Set by a practice admin; the change is audited.

export const safetyThresholdSchema = z.number().int().min(SAFETY_THRESHOLD_MIN).max(SAFETY_THRESHOLD_MAX);

export async function getCheckInSafetyThreshold(actor: Actor): Promise<number> {
  const practice = await db.practice.findUniqueOrThrow({
    where: { id: actor.practiceId },
    select: { checkInSafetyThreshold: true },
  });
  return practice.checkInSafetyThreshold;
}

export async function setCheckInSafetyThreshold(
  actor: Actor,
  threshold: number,
  meta: AuditRequestMeta = {},
): Promise<{ threshold: number }> {
  assertCan(actor, "manage:practice");
  const parsed = safetyThresholdSchema.safeParse(threshold);
  if (!parsed.success) {
    const message = `Choose a whole number from ${SAFETY_THRESHOLD_MIN} to ${SAFETY_THRESHOLD_MAX}.`;
    throw badRequest(message, [{ path: "threshold", message }]);
  }
  await db.$transaction(async (tx) => {
    await tx.practice.update({
      where: { id: actor.practiceId },
      data: { checkInSafetyThreshold: parsed.data },
      select: { id: true },
    });
    await recordAuditMany(
      actor,
      [
        {
          action: "practice.safety_threshold_changed",
          subjectType: "Practice",
          subjectId: actor.practiceId,
          metadata: { threshold: parsed.data },
        },
      ],
      meta,
      { tx },
    );
  });
  return { threshold: parsed.data };
}
