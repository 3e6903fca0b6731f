import "server-only";
import { recordAudit, type AuditRequestMeta } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { CLIENT_NEWS_KINDS, type ClientNewsKind } from "./client-news-kinds";

// Which of the client's news emails a person wants, one switch per kind (EmailKindOptOut rows for
// the kinds turned off). "Email me reminders" off (User.emailOptOut) still turns off every email.

export type EmailKindChoices = Record<ClientNewsKind, boolean>;

export async function getMyEmailKinds(actor: Actor): Promise<EmailKindChoices> {
  assertCan(actor, "manage:notifications:own");
  const off = await db.emailKindOptOut.findMany({ where: { userId: actor.userId }, select: { kind: true } });
  const offSet = new Set(off.map((o) => o.kind));
  return Object.fromEntries(CLIENT_NEWS_KINDS.map((k) => [k, !offSet.has(k)])) as EmailKindChoices;
}

export async function updateMyEmailKinds(
  actor: Actor,
  wanted: EmailKindChoices,
  meta: AuditRequestMeta,
): Promise<EmailKindChoices> {
  assertCan(actor, "manage:notifications:own");
  const before = await getMyEmailKinds(actor);
  const turnedOff = CLIENT_NEWS_KINDS.filter((k) => !wanted[k]);
  await db.$transaction([
    db.emailKindOptOut.deleteMany({ where: { userId: actor.userId, kind: { notIn: turnedOff } } }),
    db.emailKindOptOut.createMany({
      data: turnedOff.map((kind) => ({ userId: actor.userId, kind })),
      skipDuplicates: true,
    }),
  ]);
  if (CLIENT_NEWS_KINDS.some((k) => before[k] !== wanted[k])) {
    await recordAudit(
      actor,
      {
        action: "notifications.preferences_changed",
        subjectType: "User",
        subjectId: actor.userId,
        metadata: { emailsOff: turnedOff.join(",") || "none" },
      },
      meta,
    );
  }
  return wanted;
}
