import "server-only";
import { recordAudit, type AuditRequestMeta } from "@/lib/audit/record";
import { db, type Prisma } from "@/lib/db";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { logInfo } from "@/lib/log";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { invitationSelect, toInvitationDto } from "./dto";
import { sendInvitationEmail, unsafePracticeName } from "./email";
import {
  COUPLE_SIZE,
  INVITATION_TTL_DAYS,
  type CreateInvitationBody,
  type InvitationDto,
  type InvitationStatus,
} from "./schemas";
import { invitesRoles } from "@/lib/policy/invitations";
import { managedWhere, pendingWhere } from "./scope";
import { newInvitationToken } from "./tokens";

// Invitations: a clinician invites clients (alone, or as a partner in a couple); an admin invites
// clinicians. The emailed link carries a random token whose hash alone is stored; it works once,
// for 7 days, and can be revoked or re-sent (a re-send replaces the token, so the old link dies).
// Accepting it is ./accept.ts.

const TTL_MS = INVITATION_TTL_DAYS * 86_400_000;
/** Both reasons a person cannot be invited get the same answer, so nothing is learned about other practices. */
async function assertEmailFree(
  email: string,
  practiceId: string,
  now: Date,
  excludeInvitationId?: string,
): Promise<void> {
  const [user, pending] = await Promise.all([
    db.user.findUnique({ where: { email }, select: { id: true } }),
    db.invitation.findFirst({
      where: {
        practiceId,
        email,
        ...pendingWhere(now),
        ...(excludeInvitationId ? { id: { not: excludeInvitationId } } : {}),
      },
      select: { id: true },
    }),
  ]);
  if (user)
    throw conflict(
      "This email address can't be used for a new Mend account. Ask the person for another address.",
    );
  if (pending)
    throw conflict("This person already has a pending invitation. Re-send it from their invitation instead.");
}

async function assertCoupleHasRoom(coupleId: string, now: Date, excludeInvitationId?: string): Promise<void> {
  const [members, pending] = await Promise.all([
    db.clientProfile.count({ where: { coupleId } }),
    db.invitation.count({
      where: {
        coupleId,
        ...pendingWhere(now),
        ...(excludeInvitationId ? { id: { not: excludeInvitationId } } : {}),
      },
    }),
  ]);
  if (members + pending >= COUPLE_SIZE) {
    throw conflict("This couple already has two partners (or a pending invitation for the second one).");
  }
}

export async function createInvitation(
  actor: Actor,
  body: CreateInvitationBody,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<InvitationDto> {
  assertCan(actor, body.role === "CLIENT" ? "invite:client" : "invite:clinician");
  if (!invitesRoles(actor).includes(body.role)) throw forbidden();
  await assertEmailFree(body.email, actor.practiceId, now);

  let coupleId: string | null = null;
  const couple = body.role === "CLIENT" ? body.couple : null;
  if (couple?.mode === "existing") {
    // Only one of the clinician's own couples can be joined.
    const found = await db.couple.findFirst({
      where: { id: couple.coupleId, practiceId: actor.practiceId, clinicianId: actor.userId },
      select: { id: true },
    });
    if (!found) throw notFound("That couple");
    await assertCoupleHasRoom(found.id, now);
    coupleId = found.id;
  }

  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(now.getTime() + TTL_MS);
  const row = await db.$transaction(async (tx) => {
    if (couple?.mode === "new") {
      const created = await tx.couple.create({
        data: {
          practiceId: actor.practiceId,
          clinicianId: actor.userId,
          name: couple.name,
          confidentiality: couple.confidentiality,
          confidentialityNote: couple.note,
        },
        select: { id: true },
      });
      coupleId = created.id;
    }
    const created = await tx.invitation.create({
      data: {
        practiceId: actor.practiceId,
        invitedById: actor.userId,
        email: body.email,
        name: body.name,
        role: body.role,
        coupleId,
        tokenHash,
        expiresAt,
        createdAt: now,
      },
      select: invitationSelect,
    });
    await recordAudit(
      actor,
      {
        action: "invitation.created",
        subjectType: "Invitation",
        subjectId: created.id,
        metadata: { role: body.role, coupleId, newCouple: couple?.mode === "new" },
      },
      meta,
      { tx },
    );
    return created;
  });

  await sendInvitationEmail({
    to: row.email,
    name: row.name,
    role: row.role,
    token,
    expiresAt,
    inviterName: actor.name,
    practiceName: await unsafePracticeName(actor.practiceId),
    timeZone: actor.timeZone,
  });
  logInfo("invitation.created", { invitationId: row.id, role: row.role, couple: coupleId !== null });
  return toInvitationDto(row, now);
}

export async function listInvitations(
  actor: Actor,
  query: { status?: InvitationStatus; coupleId?: string } = {},
  now: Date = new Date(),
): Promise<InvitationDto[]> {
  assertCan(actor, "read:invitation");
  const statusWhere =
    query.status === "pending"
      ? pendingWhere(now)
      : query.status === "accepted"
        ? { acceptedAt: { not: null } }
        : query.status === "revoked"
          ? { acceptedAt: null, revokedAt: { not: null } }
          : query.status === "expired"
            ? { acceptedAt: null, revokedAt: null, expiresAt: { lte: now } }
            : {};
  const rows = await db.invitation.findMany({
    where: {
      ...managedWhere(actor),
      ...statusWhere,
      ...(query.coupleId ? { coupleId: query.coupleId } : {}),
    },
    select: invitationSelect,
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return rows.map((r) => toInvitationDto(r, now));
}

async function findManaged(actor: Actor, id: string) {
  const row = await db.invitation.findFirst({
    where: { id, ...managedWhere(actor) },
    select: invitationSelect,
  });
  if (!row) throw notFound("That invitation");
  return row;
}

/** Changes an invitation and records what was done, in one transaction (both or neither). */
function updateAudited(
  actor: Actor,
  row: { id: string; role: string },
  data: Prisma.InvitationUpdateInput,
  action: "invitation.revoked" | "invitation.resent",
  meta: AuditRequestMeta,
) {
  return db.$transaction(async (tx) => {
    const result = await tx.invitation.update({ where: { id: row.id }, data, select: invitationSelect });
    await recordAudit(
      actor,
      { action, subjectType: "Invitation", subjectId: row.id, metadata: { role: row.role } },
      meta,
      { tx },
    );
    return result;
  });
}

export async function revokeInvitation(
  actor: Actor,
  id: string,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<InvitationDto> {
  assertCan(actor, "manage:invitation");
  const row = await findManaged(actor, id);
  if (row.acceptedAt) throw conflict("This invitation was already accepted, so there is nothing to revoke.");
  if (row.revokedAt) return toInvitationDto(row, now);
  const updated = await updateAudited(actor, row, { revokedAt: now }, "invitation.revoked", meta);
  logInfo("invitation.revoked", { invitationId: row.id });
  return toInvitationDto(updated, now);
}

/** A new link (and 7 more days); the previous link stops working at once. */
export async function resendInvitation(
  actor: Actor,
  id: string,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<InvitationDto> {
  assertCan(actor, "manage:invitation");
  const row = await findManaged(actor, id);
  if (row.acceptedAt) throw conflict("This invitation was already accepted.");
  if (row.revokedAt) throw conflict("This invitation was revoked. Send a new invitation instead.");
  await assertEmailFree(row.email, row.practiceId, now, row.id);
  if (row.coupleId) await assertCoupleHasRoom(row.coupleId, now, row.id);

  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(now.getTime() + TTL_MS);
  const updated = await updateAudited(actor, row, { tokenHash, expiresAt }, "invitation.resent", meta);
  await sendInvitationEmail({
    to: updated.email,
    name: updated.name,
    role: updated.role,
    token,
    expiresAt,
    inviterName: updated.invitedBy.name,
    practiceName: await unsafePracticeName(updated.practiceId),
    timeZone: actor.timeZone,
  });
  logInfo("invitation.resent", { invitationId: row.id });
  return toInvitationDto(updated, now);
}
