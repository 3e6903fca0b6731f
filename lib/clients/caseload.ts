import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { locationStatus, unsafeLocationHistory } from "@/lib/locations/service";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import type { ClientDetailDto, ClientListDto, ClientSummaryDto, CoupleDetailDto } from "./schemas";

// The clinician's caseload pages and /api/v1/clients: their own clients and couples only. Another
// clinician's client, or another practice's, is a 404: not theirs to know about.

const PROFILE_SELECT = {
  userId: true,
  coupleId: true,
  currentState: true,
  locationAttestedAt: true,
  user: { select: { name: true, email: true } },
} as const;

type ProfileRow = {
  userId: string;
  coupleId: string | null;
  currentState: string | null;
  locationAttestedAt: Date | null;
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
  };
}

export async function listClients(actor: Actor, now: Date = new Date()): Promise<ClientListDto> {
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
  return {
    id: couple.id,
    name: couple.name,
    confidentiality: couple.confidentiality,
    confidentialityNote: couple.confidentialityNote,
    createdAt: couple.createdAt.toISOString(),
    partners: couple.members.map((m) => summary(m, days, now)),
  };
}
