import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { recordAuthEvent, type AuthEventMeta } from "@/lib/auth/audit";

// The practice-wide security setting an admin controls: whether clinicians and admins must use
// two-step verification. When switched on, staff without it are sent to set it up before anything
// else (lib/auth/session.ts).

export async function getPracticeSecurity(actor: Actor): Promise<{ requireTwoFactor: boolean }> {
  assertCan(actor, "manage:practice");
  return db.practice.findUniqueOrThrow({
    where: { id: actor.practiceId },
    select: { requireTwoFactor: true },
  });
}

export async function setRequireTwoFactor(
  actor: Actor,
  input: { requireTwoFactor: boolean },
  meta: AuthEventMeta = {},
): Promise<{ requireTwoFactor: boolean }> {
  assertCan(actor, "manage:practice");
  const practice = await db.practice.update({
    where: { id: actor.practiceId },
    data: { requireTwoFactor: input.requireTwoFactor },
    select: { requireTwoFactor: true },
  });
  await recordAuthEvent({
    action: "practice.require_two_factor_changed",
    practiceId: actor.practiceId,
    actorId: actor.userId,
    actorRole: actor.role,
    subjectType: "Practice",
    subjectId: actor.practiceId,
    metadata: { requireTwoFactor: input.requireTwoFactor },
    meta,
  });
  return practice;
}
