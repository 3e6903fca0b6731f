import "server-only";
import { db } from "@/lib/db";
import type { AuditRequestMeta } from "@/lib/audit/record";
import { recordView } from "@/lib/audit/views";
import { notFound } from "@/lib/errors";
import { locationStatus, unsafeLocationHistory } from "@/lib/locations/service";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import type { ClientDetailDto, ClientListDto, ClientSummaryDto, CoupleDetailDto } from "./schemas";

// The clinician's caseload pages and /api/v1/clients: their own clients and couples only. Another
// clinician's client, or another practice's, is a 404: not theirs to know about. Each read is
// recorded in the audit trail (lib/audit/views.ts) once the scope allowed it, before it is returned.

const PROFILE_SELECT = {
  userId: true,
  coupleId: true,
  currentState: true,
  locationAttestedAt: true,
  dischargedAt: true,
  user: { select: { name: true, email: true } },
} as const;

type ProfileRow = {
  userId: string;
  coupleId: string | null;
  currentState: string | null;
  locationAttestedAt: Date | null;
  dischargedAt: Date | null;
  user: { name: string; email: string };
};

function caseloadWhere(actor: Actor) {
  return { practiceId: actor.practiceId, clinicianId: actor.userId };
}

async function maxAgeDays(actor: Actor): Promise<number> {
  const practice = await db.practice.findUniqueOrThrow({
    where: { id: actor.practiceId },
    select: { locationMaxAgeDays: true },
  });
  return practice.locationMaxAgeDays;
}

function summary(row: ProfileRow, days: number, now: Date): ClientSummaryDto {
  const location = locationStatus(row, days, now);
  return {
    id: row.userId,
    name: row.user.name,
    email: row.user.email,
    coupleId: row.coupleId,
    state: location.state,
    stateName: location.stateName,
    locationAttestedAt: location.attestedAt,
    locationNeedsConfirmation: location.needsConfirmation,
    dischargedAt: row.dischargedAt?.toISOString() ?? null,
  };
}

export async function listClients(
  actor: Actor,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<ClientListDto> {
  assertCan(actor, "read:caseload:own");
  const [days, profiles, couples] = await Promise.all([
    maxAgeDays(actor),
    db.clientProfile.findMany({
      where: { ...caseloadWhere(actor), closedAt: null, user: { deactivatedAt: null } },
      select: PROFILE_SELECT,
      orderBy: { user: { name: "asc" } },
    }),
    db.couple.findMany({
      where: caseloadWhere(actor),
      select: {
        id: true,
        name: true,
        confidentiality: true,
        _count: {
          select: { invitations: { where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } } },
        },
      },
      orderBy: { name: "asc" },
    }),
  ]);
  const individuals = profiles.filter((p) => !p.coupleId).map((p) => summary(p, days, now));
  await recordView(
    actor,
    {
      action: "caseload.viewed",
      subjectType: "Caseload",
      metadata: { clients: profiles.length, couples: couples.length },
    },
    meta,
  );
  return {
    individuals,
    couples: couples
      .map((c) => ({
        id: c.id,
        name: c.name,
        confidentiality: c.confidentiality,
        partners: profiles.filter((p) => p.coupleId === c.id).map((p) => summary(p, days, now)),
        pendingInvitations: c._count.invitations,
      }))
      // A couple whose invitations were all withdrawn before anyone joined is not a couple yet.
      .filter((c) => c.partners.length > 0 || c.pendingInvitations > 0),
  };
}

export async function getClient(
  actor: Actor,
  clientId: string,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<ClientDetailDto> {
  assertCan(actor, "read:caseload:own");
  const row = await db.clientProfile.findFirst({
    where: { userId: clientId, ...caseloadWhere(actor) },
    select: {
      ...PROFILE_SELECT,
      consentAcceptedAt: true,
      createdAt: true,
      closedAt: true,
      couple: { select: { id: true, name: true } },
    },
  });
  if (!row) throw notFound("That client");
  const [days, history] = await Promise.all([maxAgeDays(actor), unsafeLocationHistory(row.userId)]);
  await recordView(
    actor,
    { action: "client.viewed", subjectType: "ClientProfile", subjectId: row.userId, clientIds: [row.userId] },
    meta,
  );
  return {
    ...summary(row, days, now),
    couple: row.couple,
    consentAcceptedAt: row.consentAcceptedAt?.toISOString() ?? null,
    joinedAt: row.createdAt.toISOString(),
    closed: row.closedAt !== null,
    locationHistory: history,
  };
}

export async function getCouple(
  actor: Actor,
  coupleId: string,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<CoupleDetailDto> {
  assertCan(actor, "read:caseload:own");
  const couple = await db.couple.findFirst({
    where: { id: coupleId, ...caseloadWhere(actor) },
    select: {
      id: true,
      name: true,
      confidentiality: true,
      confidentialityNote: true,
      createdAt: true,
      members: { where: caseloadWhere(actor), select: PROFILE_SELECT, orderBy: { user: { name: "asc" } } },
    },
  });
  if (!couple) throw notFound("That couple");
  const days = await maxAgeDays(actor);
  // The couple's page shows the confidentiality note: one event per partner, in one INSERT.
  await recordView(
    actor,
    {
      action: "couple.viewed",
      subjectType: "Couple",
      subjectId: couple.id,
      clientIds: couple.members.map((m) => m.userId),
      metadata: { confidentialityNote: couple.confidentialityNote !== null },
    },
    meta,
  );
  return {
    id: couple.id,
    name: couple.name,
    confidentiality: couple.confidentiality,
    confidentialityNote: couple.confidentialityNote,
    createdAt: couple.createdAt.toISOString(),
    partners: couple.members.map((m) => summary(m, days, now)),
  };
}
