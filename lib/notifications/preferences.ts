import "server-only";
import { recordAudit, type AuditRequestMeta } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { badRequest, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { timeZoneGroups, type ZoneGroup } from "@/lib/time/zone-choices";
import { isValidTimeZone } from "@/lib/time/zones";
import type { NotificationPreferences } from "./schemas";

// A person's own email settings: reminders on or off (User.emailOptOut) and the time zone that
// reminders, digests and quiet hours follow (User.timeZone). Security email (sign-in links, password
// resets) is not affected by the opt-out.

/** The select's choices: US zones first, then every other zone the runtime knows. */
export function timeZoneChoices(current?: string): ZoneGroup[] {
  return timeZoneGroups(current);
}

export async function getMyNotificationPreferences(actor: Actor): Promise<NotificationPreferences> {
  assertCan(actor, "manage:notifications:own");
  const user = await db.user.findFirst({
    where: { id: actor.userId, practiceId: actor.practiceId },
    select: { emailOptOut: true, timeZone: true },
  });
  if (!user) throw notFound("Your account");
  return user;
}

export async function updateMyNotificationPreferences(
  actor: Actor,
  input: NotificationPreferences,
  meta: AuditRequestMeta,
): Promise<NotificationPreferences> {
  assertCan(actor, "manage:notifications:own");
  if (!isValidTimeZone(input.timeZone))
    throw badRequest("Choose a time zone from the list.", [
      { path: "timeZone", message: "Choose a time zone from the list." },
    ]);
  const before = await getMyNotificationPreferences(actor);
  const after = await db.user.update({
    where: { id: actor.userId },
    data: { emailOptOut: input.emailOptOut, timeZone: input.timeZone },
    select: { emailOptOut: true, timeZone: true },
  });
  if (before.emailOptOut !== after.emailOptOut || before.timeZone !== after.timeZone) {
    await recordAudit(
      actor,
      {
        action: "notifications.preferences_changed",
        subjectType: "User",
        subjectId: actor.userId,
        metadata: { emailReminders: !after.emailOptOut, timeZone: after.timeZone },
      },
      meta,
    );
  }
  return after;
}
