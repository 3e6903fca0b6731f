import "server-only";
import { checkPassword } from "@/lib/auth/password/policy";
import { hashPassword } from "@/lib/auth/password/hash";
import { recordAudit, type AuditRequestMeta } from "@/lib/audit/record";
import { db, Prisma } from "@/lib/db";
import { badRequest, conflict, forbidden, notFound, unprocessable } from "@/lib/errors";
import { formatDay } from "@/lib/jurisdiction/dates";
import { logInfo } from "@/lib/log";
import { appUrl, sendEmail } from "@/lib/mail";
import type { Actor } from "@/lib/policy/actor";
import { can, assertCan } from "@/lib/policy/permissions";
import {
  INVITATION_TTL_DAYS,
  type AcceptInvitationBody,
  type AcceptInvitationDto,
  type CreateInvitationBody,
  type InvitationDto,
  type InvitationPreview,
  type InvitationStatus,
} from "./schemas";
import { hashInvitationToken, newInvitationToken } from "./tokens";

// Invitations: a clinician invites clients (alone, or as a partner in a couple); an admin invites
// clinicians. The emailed link carries a random token whose hash alone is stored; it works once,
// for 7 days, and can be revoked or re-sent (a re-send replaces the token, so the old link dies).

const TTL_MS = INVITATION_TTL_DAYS * 86_400_000;
/** A couple is two people. */
const COUPLE_SIZE = 2;

const SELECT = {
  id: true,
  practiceId: true,
  invitedById: true,
  email: true,
  name: true,
  role: true,
  coupleId: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  createdAt: true,
  invitedBy: { select: { name: true } },
  couple: { select: { id: true, name: true } },
} as const;

type Row = {
  id: string;
  email: string;
  name: string;
  role: InvitationDto["role"];
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  invitedBy: { name: string };
  couple: { id: string; name: string } | null;
};

export function invitationStatus(
  row: Pick<Row, "acceptedAt" | "revokedAt" | "expiresAt">,
  now: Date = new Date(),
): InvitationStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

function toDto(row: Row, now: Date): InvitationDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    status: invitationStatus(row, now),
    invitedByName: row.invitedBy.name,
    couple: row.couple,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/**
 * The invitations an actor manages: a clinician, the client invitations they sent; an admin, the
 * practice's clinician invitations. Anyone else's are not theirs to know about.
 */
function managedWhere(actor: Actor) {
  if (actor.role === "CLINICIAN")
    return { practiceId: actor.practiceId, invitedById: actor.userId, role: "CLIENT" as const };
  if (actor.role === "ADMIN") return { practiceId: actor.practiceId, role: "CLINICIAN" as const };
  throw forbidden();
}

function pendingWhere(now: Date) {
  return { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
}

async function sendInvitationEmail(input: {
  to: string;
  name: string;
  role: InvitationDto["role"];
  token: string;
  expiresAt: Date;
  inviterName: string;
  practiceName: string;
  timeZone: string;
}): Promise<void> {
  const link = appUrl(`/invite/${input.token}`);
  const until = formatDay(input.expiresAt, input.timeZone);
  const what =
    input.role === "CLIENT"
      ? `${input.inviterName} at ${input.practiceName} has invited you to Mend, a private space for the work you do between therapy appointments.`
      : `${input.inviterName} has invited you to join ${input.practiceName} on Mend as a clinician.`;
  const text = [
    `Hello ${input.name},`,
    "",
    what,
    "",
    "Accept the invitation and choose your password here:",
    link,
    "",
    `This link works once and until ${until}. If it has expired, ask ${input.inviterName} to send a new one.`,
    "If you were not expecting this email, you can ignore it.",
    "",
    "Mend is not monitored in real time. If you need help right now, call or text 988, or call 911 in an emergency.",
  ].join("\n");
  await sendEmail({
    to: input.to,
    subject: input.role === "CLIENT" ? "You're invited to Mend" : `Join ${input.practiceName} on Mend`,
    text,
  });
}

async function practiceName(practiceId: string): Promise<string> {
  const practice = await db.practice.findUniqueOrThrow({ where: { id: practiceId }, select: { name: true } });
  return practice.name;
}

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
  const where = managedWhere(actor);
  if (where.role !== body.role) throw forbidden();
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
      select: SELECT,
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
    practiceName: await practiceName(actor.practiceId),
    timeZone: actor.timeZone,
  });
  logInfo("invitation.created", { invitationId: row.id, role: row.role, couple: coupleId !== null });
  return toDto(row, now);
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
    select: SELECT,
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return rows.map((r) => toDto(r, now));
}

async function findManaged(actor: Actor, id: string) {
  const row = await db.invitation.findFirst({ where: { id, ...managedWhere(actor) }, select: SELECT });
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
    const result = await tx.invitation.update({ where: { id: row.id }, data, select: SELECT });
    await recordAudit(actor, { action, subjectType: "Invitation", subjectId: row.id, metadata: { role: row.role } }, meta, { tx });
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
  if (row.revokedAt) return toDto(row, now);
  const updated = await updateAudited(actor, row, { revokedAt: now }, "invitation.revoked", meta);
  logInfo("invitation.revoked", { invitationId: row.id });
  return toDto(updated, now);
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
    practiceName: await practiceName(updated.practiceId),
    timeZone: actor.timeZone,
  });
  logInfo("invitation.resent", { invitationId: row.id });
  return toDto(updated, now);
}

/** What the invitation page shows to whoever holds the link (public: the link is the credential). */
export async function previewInvitation(token: string, now: Date = new Date()): Promise<InvitationPreview> {
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) return { status: "invalid" };
  const row = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      ...SELECT,
      practice: { select: { name: true } },
      invitedBy: { select: { name: true, deactivatedAt: true } },
      couple: { select: { id: true, name: true, confidentiality: true, confidentialityNote: true } },
    },
  });
  if (!row) return { status: "invalid" };
  const status = row.invitedBy.deactivatedAt && !row.acceptedAt ? "revoked" : invitationStatus(row, now);
  return {
    status,
    role: row.role,
    name: row.name,
    email: row.email,
    invitedByName: row.invitedBy.name,
    practiceName: row.practice.name,
    expiresAt: row.expiresAt.toISOString(),
    couple: row.couple
      ? {
          name: row.couple.name,
          confidentiality: row.couple.confidentiality,
          note: row.couple.confidentialityNote,
        }
      : null,
  };
}

function validTimeZone(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return value;
  } catch {
    return undefined;
  }
}

const UNAVAILABLE: Record<Exclude<InvitationStatus, "pending">, string> = {
  accepted: "This invitation has already been used. If it was you, sign in with the password you chose.",
  revoked:
    "This invitation was withdrawn. If you think that is a mistake, ask the person who invited you for a new one.",
  expired: "This invitation has expired. Ask the person who invited you to send a new link.",
};

/**
 * Accepting: creates the account (and, for a client, their profile with this clinician and couple,
 * and the first location in their history) in one transaction. The link is claimed inside that
 * transaction, so two simultaneous submits cannot both succeed.
 */
export async function acceptInvitation(
  body: AcceptInvitationBody,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<AcceptInvitationDto> {
  const tokenHash = hashInvitationToken(body.token);
  const invitation = await db.invitation.findUnique({
    where: { tokenHash },
    select: { ...SELECT, invitedBy: { select: { name: true, role: true, deactivatedAt: true } } },
  });
  if (!invitation) throw notFound("This invitation");
  const status = invitation.invitedBy.deactivatedAt ? "revoked" : invitationStatus(invitation, now);
  if (status !== "pending") throw conflict(UNAVAILABLE[status], { status });

  const isClient = invitation.role === "CLIENT";
  const problems: { path: string; message: string }[] = [];
  if (isClient && !body.state)
    problems.push({ path: "state", message: "Choose the state you are in right now." });
  if (isClient && invitation.coupleId && body.agreement !== true) {
    problems.push({
      path: "agreement",
      message: "Please read your confidentiality agreement and confirm it.",
    });
  }
  const password = checkPassword(body.password, { email: invitation.email, name: invitation.name });
  if (!password.ok) problems.push({ path: "password", message: password.message });
  if (problems.length) throw badRequest(problems[0]!.message, problems);
  if (isClient && invitation.invitedBy.role !== "CLINICIAN")
    throw unprocessable("This invitation can no longer be used. Please ask your therapist for a new one.");

  const passwordHash = await hashPassword(body.password);
  try {
    await db.$transaction(async (tx) => {
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, tokenHash, ...pendingWhere(now) },
        data: { acceptedAt: now },
      });
      if (claimed.count !== 1) throw conflict(UNAVAILABLE.accepted, { status: "accepted" });
      if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
        throw conflict("An account with this email already exists. Please sign in instead.", {
          status: "account_exists",
        });
      }
      if (
        invitation.coupleId &&
        (await tx.clientProfile.count({ where: { coupleId: invitation.coupleId } })) >= COUPLE_SIZE
      ) {
        throw conflict(
          "This couple already has two partners. Please ask your therapist for a new invitation.",
        );
      }
      const user = await tx.user.create({
        data: {
          practiceId: invitation.practiceId,
          role: invitation.role,
          email: invitation.email,
          name: invitation.name,
          passwordHash,
          ...(validTimeZone(body.timeZone) ? { timeZone: validTimeZone(body.timeZone)! } : {}),
        },
        select: { id: true },
      });
      if (isClient) {
        await tx.clientProfile.create({
          data: {
            userId: user.id,
            practiceId: invitation.practiceId,
            clinicianId: invitation.invitedById,
            coupleId: invitation.coupleId,
            currentState: body.state!,
            locationAttestedAt: now,
            consentAcceptedAt: now,
            locations: { create: { state: body.state!, source: "SELF_ATTESTED", attestedAt: now } },
          },
        });
      }
      await recordAudit(
        { userId: user.id, role: invitation.role, practiceId: invitation.practiceId },
        {
          action: "invitation.accepted",
          subjectType: "Invitation",
          subjectId: invitation.id,
          clientId: isClient ? user.id : null,
          metadata: {
            role: invitation.role,
            coupleId: invitation.coupleId,
            state: isClient ? body.state! : null,
          },
        },
        meta,
        { tx },
      );
    });
  } catch (error) {
    // Two accepts racing for the same email: the unique index decides; the loser is told calmly.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw conflict("An account with this email already exists. Please sign in instead.", {
        status: "account_exists",
      });
    }
    throw error;
  }
  logInfo("invitation.accepted", { invitationId: invitation.id, role: invitation.role });
  return {
    email: invitation.email,
    role: invitation.role,
    home: isClient ? "/home" : invitation.role === "ADMIN" ? "/admin" : "/dashboard",
  };
}

/** Whether this actor may invite clients (for showing the buttons). */
export function canInviteClients(actor: Actor): boolean {
  return can(actor, "invite:client");
}
