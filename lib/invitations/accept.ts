import "server-only";
import { checkPassword } from "@/lib/auth/password/policy";
import { hashPassword } from "@/lib/auth/password/hash";
import { recordAudit, type AuditRequestMeta } from "@/lib/audit/record";
import { recordJoinConfirmation } from "@/lib/couples/agreement";
import { giveOpenWorkToNewPartner } from "@/lib/couples/late-partner";
import { db, Prisma } from "@/lib/db";
import { badRequest, conflict, notFound, unprocessable } from "@/lib/errors";
import { logInfo } from "@/lib/log";
import { homePathFor } from "@/lib/policy/account";
import { can } from "@/lib/policy/permissions";
import { isValidTimeZone } from "@/lib/time/zones";
import { invitationSelect, invitationStatus } from "./dto";
import {
  COUPLE_SIZE,
  type AcceptInvitationBody,
  type AcceptInvitationDto,
  type InvitationPreview,
  type InvitationStatus,
} from "./schemas";
import { pendingWhere } from "./scope";
import { hashInvitationToken } from "./tokens";

// The invited person's side: what the link shows, and accepting it. Public: whoever holds the link
// (the credential) gets here, so nothing is scoped to an actor; the token hash is the only way in.

/** What the invitation page shows to whoever holds the link (public: the link is the credential). */
export async function previewInvitation(token: string, now: Date = new Date()): Promise<InvitationPreview> {
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) return { status: "invalid" };
  const row = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      ...invitationSelect,
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
  return value && isValidTimeZone(value) ? value : undefined;
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
    select: { ...invitationSelect, invitedBy: { select: { name: true, role: true, deactivatedAt: true } } },
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
  // A client invitation stands only while whoever sent it may still invite clients (their role may
  // have changed since).
  if (isClient && !can(invitation.invitedBy, "invite:client"))
    throw unprocessable("This invitation can no longer be used. Please ask your therapist for a new one.");

  const passwordHash = await hashPassword(body.password);
  let joinedClientId: string | null = null;
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
          // The browser's zone, else the practice's (admin practice settings).
          timeZone:
            validTimeZone(body.timeZone) ??
            (
              await tx.practice.findUniqueOrThrow({
                where: { id: invitation.practiceId },
                select: { timeZone: true },
              })
            ).timeZone,
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
        joinedClientId = user.id;
        if (invitation.coupleId) await recordJoinConfirmation(tx, invitation.coupleId, user.id, now);
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
  // A partner joining after work was given to the couple gets their own copy of what is still open.
  if (joinedClientId && invitation.coupleId)
    await giveOpenWorkToNewPartner(invitation.coupleId, joinedClientId, meta, now);
  return {
    email: invitation.email,
    role: invitation.role,
    home: homePathFor(invitation.role),
  };
}
