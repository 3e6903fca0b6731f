import "server-only";
import { recordAudit, type AuditRequestMeta } from "@/lib/audit/record";
import { db, type PrismaClient } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isLocationStale } from "@/lib/jurisdiction/rule";
import { stateName } from "@/lib/jurisdiction/states";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import type { LocationEntryDto, MyLocationDto } from "./schemas";

// Where a client says they are: a history in ClientLocation (rows are only ever added), with the
// latest copied onto ClientProfile.currentState/locationAttestedAt for fast display.

type Tx = Pick<PrismaClient, "clientLocation" | "clientProfile">;
export type LocationSource = "SELF_ATTESTED" | "APPOINTMENT_ATTESTED" | "SUBMISSION";

/**
 * Adds one attestation to a client's history and refreshes the denormalised copy (unless a newer
 * attestation is already there). Also for other features, e.g. recording the location a response
 * was submitted from (source SUBMISSION). Callers have already scoped `clientId`.
 */
export async function recordClientLocation(
  tx: Tx,
  input: { clientId: string; state: string; source: LocationSource; at?: Date },
): Promise<void> {
  const at = input.at ?? new Date();
  await tx.clientLocation.create({
    data: { clientId: input.clientId, state: input.state, source: input.source, attestedAt: at },
  });
  await tx.clientProfile.updateMany({
    where: {
      userId: input.clientId,
      OR: [{ locationAttestedAt: null }, { locationAttestedAt: { lte: at } }],
    },
    data: { currentState: input.state, locationAttestedAt: at },
  });
}

export function locationStatus(
  profile: { currentState: string | null; locationAttestedAt: Date | null },
  maxAgeDays: number,
  now: Date = new Date(),
): MyLocationDto {
  const { currentState, locationAttestedAt } = profile;
  const needsConfirmation =
    !currentState || !locationAttestedAt
      ? "unknown"
      : isLocationStale(locationAttestedAt, now, maxAgeDays)
        ? "stale"
        : null;
  return {
    state: currentState,
    stateName: currentState ? stateName(currentState) : null,
    attestedAt: locationAttestedAt?.toISOString() ?? null,
    maxAgeDays,
    needsConfirmation,
  };
}

async function ownProfile(actor: Actor) {
  const profile = await db.clientProfile.findFirst({
    where: { userId: actor.userId, practiceId: actor.practiceId },
    select: {
      userId: true,
      currentState: true,
      locationAttestedAt: true,
      user: { select: { practice: { select: { locationMaxAgeDays: true } } } },
    },
  });
  if (!profile) throw notFound("Your profile");
  return profile;
}

/** The client's own location and whether they should re-confirm it. */
export async function getMyLocation(actor: Actor, now: Date = new Date()): Promise<MyLocationDto> {
  assertCan(actor, "read:location:own");
  const profile = await ownProfile(actor);
  return locationStatus(profile, profile.user.practice.locationMaxAgeDays, now);
}

/** The client confirms (or changes) where they are now: a new history row, never an overwrite. */
export async function confirmMyLocation(
  actor: Actor,
  body: { state: string },
  meta: AuditRequestMeta = {},
): Promise<MyLocationDto> {
  assertCan(actor, "write:location:own");
  const profile = await ownProfile(actor);
  const at = new Date();
  await db.$transaction(async (tx) => {
    await recordClientLocation(tx, {
      clientId: profile.userId,
      state: body.state,
      source: "SELF_ATTESTED",
      at,
    });
    await recordAudit(
      actor,
      {
        action: "location.confirmed",
        subjectType: "ClientLocation",
        clientId: profile.userId,
        metadata: { state: body.state },
      },
      meta,
      { tx },
    );
  });
  return locationStatus(
    { currentState: body.state, locationAttestedAt: at },
    profile.user.practice.locationMaxAgeDays,
    at,
  );
}

/** A client's location history, newest first. Callers have already checked the client is visible to the actor. */
export async function unsafeLocationHistory(clientId: string, take = 20): Promise<LocationEntryDto[]> {
  const rows = await db.clientLocation.findMany({
    where: { clientId },
    orderBy: [{ attestedAt: "desc" }, { id: "desc" }],
    take,
    select: { state: true, source: true, attestedAt: true },
  });
  return rows.map((r) => ({
    state: r.state,
    stateName: stateName(r.state),
    source: r.source,
    attestedAt: r.attestedAt.toISOString(),
  }));
}
