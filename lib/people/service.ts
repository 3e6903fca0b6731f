import "server-only";
import { recordAuthEvent, type AuthEventMeta } from "@/lib/auth/audit";
import { revokeAllSessions } from "@/lib/auth/sessions/store";
import type { AuditRequestMeta } from "@/lib/audit/record";
import { recordView } from "@/lib/audit/views";
import { db } from "@/lib/db";
import { forbidden, notFound, unprocessable } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import type { PersonSecurity } from "./schemas";

// What a practice admin can change about the people in their practice. Every change that alters
// what someone may do (role, deactivation) ends their sessions at once: their next request is
// refused, and signing in again picks up the new state.

/** Someone in the admin's own practice; anyone else is "not found" (another practice's ids leak nothing). */
async function findPerson(actor: Actor, userId: string) {
  const person = await db.user.findFirst({
    where: { id: userId, practiceId: actor.practiceId },
    select: { id: true, role: true, deactivatedAt: true },
  });
  if (!person) throw notFound("That person");
  return person;
}

function notSelf(actor: Actor, userId: string, what: string): void {
  if (actor.userId === userId) throw forbidden(`You cannot ${what} your own account. Ask another admin.`);
}

export async function changeRole(
  actor: Actor,
  userId: string,
  input: { role: "ADMIN" | "CLINICIAN" },
  meta: AuthEventMeta = {},
): Promise<PersonSecurity> {
  assertCan(actor, "manage:people");
  const person = await findPerson(actor, userId);
  notSelf(actor, userId, "change the role of");
  if (person.role === "CLIENT")
    throw unprocessable(
      "A client account cannot be made a staff account. Invite the person as staff instead.",
    );
  if (person.role !== input.role) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: userId }, data: { role: input.role } });
      await revokeAllSessions(userId, tx);
      await recordAuthEvent(
        {
          action: "people.role_changed",
          practiceId: actor.practiceId,
          actorId: actor.userId,
          actorRole: actor.role,
          subjectId: userId,
          metadata: { from: person.role, to: input.role },
          meta,
        },
        tx,
      );
    });
  }
  return getPersonSecurity(actor, userId);
}

export async function deactivatePerson(
  actor: Actor,
  userId: string,
  meta: AuthEventMeta = {},
): Promise<PersonSecurity> {
  assertCan(actor, "manage:people");
  const person = await findPerson(actor, userId);
  notSelf(actor, userId, "deactivate");
  if (!person.deactivatedAt) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: userId }, data: { deactivatedAt: new Date() } });
      await tx.authToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
      await revokeAllSessions(userId, tx);
      await recordAuthEvent(
        {
          action: "people.deactivated",
          practiceId: actor.practiceId,
          actorId: actor.userId,
          actorRole: actor.role,
          subjectId: userId,
          meta,
        },
        tx,
      );
    });
  }
  return getPersonSecurity(actor, userId);
}

export async function reactivatePerson(
  actor: Actor,
  userId: string,
  meta: AuthEventMeta = {},
): Promise<PersonSecurity> {
  assertCan(actor, "manage:people");
  const person = await findPerson(actor, userId);
  if (person.deactivatedAt) {
    await db.user.update({ where: { id: userId }, data: { deactivatedAt: null } });
    await recordAuthEvent({
      action: "people.reactivated",
      practiceId: actor.practiceId,
      actorId: actor.userId,
      actorRole: actor.role,
      subjectId: userId,
      meta,
    });
  }
  return getPersonSecurity(actor, userId);
}

/** An admin ends every session of someone in their practice (a lost phone, a shared computer). */
export async function signOutPersonEverywhere(
  actor: Actor,
  userId: string,
  meta: AuthEventMeta = {},
): Promise<PersonSecurity> {
  assertCan(actor, "manage:people");
  await findPerson(actor, userId);
  await revokeAllSessions(userId);
  await recordAuthEvent({
    action: "people.signed_out_everywhere",
    practiceId: actor.practiceId,
    actorId: actor.userId,
    actorRole: actor.role,
    subjectId: userId,
    meta,
  });
  return getPersonSecurity(actor, userId);
}

const securitySelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  deactivatedAt: true,
  twoFactorEnabledAt: true,
} as const;

function toDto(user: {
  id: string;
  name: string;
  email: string;
  role: PersonSecurity["role"];
  deactivatedAt: Date | null;
  twoFactorEnabledAt: Date | null;
}): PersonSecurity {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    active: user.deactivatedAt === null,
    twoFactorEnabled: user.twoFactorEnabledAt !== null,
  };
}

export async function getPersonSecurity(actor: Actor, userId: string): Promise<PersonSecurity> {
  assertCan(actor, "manage:people");
  const user = await db.user.findFirst({
    where: { id: userId, practiceId: actor.practiceId },
    select: securitySelect,
  });
  if (!user) throw notFound("That person");
  return toDto(user);
}

/** Everyone in the admin's practice with their account state, staff first. */
/** Everyone's two-step status (clients' names too: the read is recorded, like listPracticePeople). */
export async function listPeopleSecurity(
  actor: Actor,
  meta: AuditRequestMeta = {},
): Promise<PersonSecurity[]> {
  assertCan(actor, "manage:people");
  const users = await db.user.findMany({
    where: { practiceId: actor.practiceId },
    select: securitySelect,
    orderBy: [{ role: "asc" }, { name: "asc" }],
  });
  const clients = users.filter((u) => u.role === "CLIENT").length;
  await recordView(actor, { action: "people.viewed", subjectType: "Practice", metadata: { clients } }, meta);
  return users.map(toDto);
}
