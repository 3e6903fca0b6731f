import "server-only";
import { recordAudit, type AuditRequestMeta } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { badRequest, notFound } from "@/lib/errors";
import { authorizationStanding } from "@/lib/jurisdiction/rule";
import { stateName } from "@/lib/jurisdiction/states";
import type { Actor } from "@/lib/policy/actor";
import { holdsLicences, readsPracticeLicences } from "@/lib/policy/licences";
import { assertCan } from "@/lib/policy/permissions";
import { WARNABLE_STATUSES, warningFor } from "./warnings";
import {
  licenceProblems,
  type CreateLicenceBody,
  type LicenceDto,
  type LicenceWarningDto,
  type UpdateLicenceBody,
  type VerifyLicenceBody,
} from "./schemas";

// Licences and compact privileges. A clinician records and edits their own; an admin of the same
// practice verifies them against the board's public lookup and records the status they saw. Nobody
// outside the practice sees them; a clinician sees only their own.

const SELECT = {
  id: true,
  practiceId: true,
  clinicianId: true,
  kind: true,
  profession: true,
  state: true,
  number: true,
  board: true,
  compact: true,
  homeState: true,
  homeAuthorizationId: true,
  status: true,
  issuedAt: true,
  expiresAt: true,
  verifiedAt: true,
  verificationUrl: true,
  verificationNote: true,
  updatedAt: true,
  clinician: { select: { name: true } },
  verifiedBy: { select: { name: true } },
} as const;

type Row = {
  id: string;
  clinicianId: string;
  kind: LicenceDto["kind"];
  profession: LicenceDto["profession"];
  state: string;
  number: string;
  board: string | null;
  compact: LicenceDto["compact"];
  homeState: string | null;
  homeAuthorizationId: string | null;
  status: LicenceDto["status"];
  issuedAt: Date | null;
  expiresAt: Date;
  verifiedAt: Date | null;
  verificationUrl: string | null;
  verificationNote: string | null;
  updatedAt: Date;
  clinician: { name: string };
  verifiedBy: { name: string } | null;
};

function toDto(row: Row, now: Date, timeZone: string): LicenceDto {
  return {
    id: row.id,
    clinicianId: row.clinicianId,
    clinicianName: row.clinician.name,
    kind: row.kind,
    profession: row.profession,
    state: row.state,
    stateName: stateName(row.state),
    number: row.number,
    board: row.board,
    compact: row.compact,
    homeState: row.homeState,
    homeAuthorizationId: row.homeAuthorizationId,
    status: row.status,
    issuedAt: row.issuedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt.toISOString(),
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    verifiedByName: row.verifiedBy?.name ?? null,
    verificationUrl: row.verificationUrl,
    verificationNote: row.verificationNote,
    current: authorizationStanding(row, now).ok,
    warning: warningFor(row, now, timeZone),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Which licences the actor may see: their own (clinician) or their practice's (admin). */
function visibleWhere(actor: Actor) {
  return readsPracticeLicences(actor)
    ? { practiceId: actor.practiceId }
    : { practiceId: actor.practiceId, clinicianId: actor.userId };
}

export async function listLicences(
  actor: Actor,
  query: { clinicianId?: string } = {},
  now: Date = new Date(),
): Promise<LicenceDto[]> {
  assertCan(actor, "read:licence");
  const rows = await db.clinicianAuthorization.findMany({
    where: { ...visibleWhere(actor), ...(query.clinicianId ? { clinicianId: query.clinicianId } : {}) },
    select: SELECT,
    orderBy: [{ clinician: { name: "asc" } }, { state: "asc" }, { expiresAt: "desc" }],
  });
  return rows.map((r) => toDto(r, now, actor.timeZone));
}

export async function getLicence(actor: Actor, id: string, now: Date = new Date()): Promise<LicenceDto> {
  assertCan(actor, "read:licence");
  const row = await db.clinicianAuthorization.findFirst({
    where: { id, ...visibleWhere(actor) },
    select: SELECT,
  });
  if (!row) throw notFound("That licence");
  return toDto(row, now, actor.timeZone);
}

/** A privilege's home licence must be one of the same clinician's own licences, in the home state. */
async function assertHomeAuthorization(
  actor: Actor,
  homeAuthorizationId: string | null,
  homeState: string | null,
  selfId?: string,
) {
  if (!homeAuthorizationId) return;
  const home = await db.clinicianAuthorization.findFirst({
    where: { id: homeAuthorizationId, practiceId: actor.practiceId, clinicianId: actor.userId },
    select: { id: true, kind: true, state: true },
  });
  const problems: { path: string; message: string }[] = [];
  if (!home || home.id === selfId)
    problems.push({
      path: "homeAuthorizationId",
      message: "Choose one of your own licences as the home licence.",
    });
  else if (home.kind === "COMPACT_PRIVILEGE")
    problems.push({
      path: "homeAuthorizationId",
      message: "A home licence must be a state or multistate licence, not another privilege.",
    });
  else if (homeState && home.state !== homeState)
    problems.push({ path: "homeAuthorizationId", message: "The home licence must be in your home state." });
  if (problems.length) throw badRequest("Please check the home licence.", problems);
}

export async function createLicence(
  actor: Actor,
  body: CreateLicenceBody,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<LicenceDto> {
  assertCan(actor, "manage:licence:own");
  await assertHomeAuthorization(actor, body.homeAuthorizationId, body.homeState);
  const row = await db.$transaction(async (tx) => {
    const created = await tx.clinicianAuthorization.create({
      data: {
        practiceId: actor.practiceId,
        clinicianId: actor.userId,
        kind: body.kind,
        profession: body.profession,
        state: body.state,
        number: body.number,
        board: body.board,
        compact: body.compact,
        homeState: body.homeState,
        homeAuthorizationId: body.homeAuthorizationId,
        status: body.status,
        issuedAt: body.issuedAt,
        expiresAt: body.expiresAt,
      },
      select: SELECT,
    });
    await recordAudit(
      actor,
      {
        action: "licence.created",
        subjectType: "ClinicianAuthorization",
        subjectId: created.id,
        metadata: { kind: body.kind, state: body.state, status: body.status },
      },
      meta,
      { tx },
    );
    return created;
  });
  return toDto(row, now, actor.timeZone);
}

/**
 * A clinician edits their own licence. Any change to a verified licence sends it back for
 * verification (a renewal is re-verified on its new dates, jurisdiction.md §6).
 */
export async function updateLicence(
  actor: Actor,
  id: string,
  body: UpdateLicenceBody,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<LicenceDto> {
  assertCan(actor, "manage:licence:own");
  const existing = await db.clinicianAuthorization.findFirst({
    where: { id, practiceId: actor.practiceId, clinicianId: actor.userId },
    select: SELECT,
  });
  if (!existing) throw notFound("That licence");
  const merged = {
    kind: body.kind ?? existing.kind,
    profession: body.profession ?? existing.profession,
    state: body.state ?? existing.state,
    number: body.number ?? existing.number,
    board: body.board !== undefined ? body.board : existing.board,
    compact: body.compact !== undefined ? body.compact : existing.compact,
    homeState: body.homeState !== undefined ? body.homeState : existing.homeState,
    homeAuthorizationId:
      body.homeAuthorizationId !== undefined ? body.homeAuthorizationId : existing.homeAuthorizationId,
    status: body.status ?? existing.status,
    issuedAt: body.issuedAt !== undefined ? body.issuedAt : existing.issuedAt,
    expiresAt: body.expiresAt ?? existing.expiresAt,
  };
  if (merged.kind !== "COMPACT_PRIVILEGE") {
    // A plain licence carries no privilege fields, whatever was there before.
    if (merged.kind === "STATE_LICENSE") merged.compact = null;
    merged.homeAuthorizationId = null;
  }
  const problems = licenceProblems(merged);
  if (problems.length) throw badRequest("Please check the licence details.", problems);
  await assertHomeAuthorization(actor, merged.homeAuthorizationId, merged.homeState, existing.id);

  const changed = (Object.keys(merged) as (keyof typeof merged)[]).some((key) => {
    const a = merged[key];
    const b = existing[key];
    return a instanceof Date || b instanceof Date
      ? (a as Date | null)?.getTime() !== (b as Date | null)?.getTime()
      : a !== b;
  });
  if (!changed) return toDto(existing, now, actor.timeZone);

  const row = await db.$transaction(async (tx) => {
    const updated = await tx.clinicianAuthorization.update({
      where: { id: existing.id },
      data: {
        ...merged,
        ...(existing.verifiedAt
          ? { verifiedAt: null, verifiedById: null, verificationUrl: null, verificationNote: null }
          : {}),
      },
      select: SELECT,
    });
    await recordAudit(
      actor,
      {
        action: "licence.updated",
        subjectType: "ClinicianAuthorization",
        subjectId: existing.id,
        metadata: {
          verificationReset: existing.verifiedAt !== null,
          state: merged.state,
          status: merged.status,
        },
      },
      meta,
      { tx },
    );
    return updated;
  });
  return toDto(row, now, actor.timeZone);
}

/** An admin records what the board's public lookup shows: the status, when, by whom and where. */
export async function verifyLicence(
  actor: Actor,
  id: string,
  body: VerifyLicenceBody,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<LicenceDto> {
  assertCan(actor, "verify:licence");
  const existing = await db.clinicianAuthorization.findFirst({
    where: { id, practiceId: actor.practiceId },
    select: { id: true },
  });
  if (!existing) throw notFound("That licence");
  const row = await db.$transaction(async (tx) => {
    const verified = await tx.clinicianAuthorization.update({
      where: { id: existing.id },
      data: {
        status: body.status,
        verifiedAt: now,
        verifiedById: actor.userId,
        verificationUrl: body.verificationUrl,
        verificationNote: body.note,
      },
      select: SELECT,
    });
    await recordAudit(
      actor,
      {
        action: "licence.verified",
        subjectType: "ClinicianAuthorization",
        subjectId: existing.id,
        metadata: { status: body.status, clinicianId: verified.clinicianId },
      },
      meta,
      { tx },
    );
    return verified;
  });
  return toDto(row, now, actor.timeZone);
}

/** The clinician's 60/30/7-day expiry reminders (for their licences page and dashboard banner). */
export async function licenceWarnings(actor: Actor, now: Date = new Date()): Promise<LicenceWarningDto[]> {
  if (!holdsLicences(actor)) return [];
  const rows = await db.clinicianAuthorization.findMany({
    where: {
      practiceId: actor.practiceId,
      clinicianId: actor.userId,
      status: { in: [...WARNABLE_STATUSES] },
    },
    select: {
      id: true,
      kind: true,
      profession: true,
      compact: true,
      state: true,
      status: true,
      expiresAt: true,
    },
    orderBy: { expiresAt: "asc" },
  });
  return rows
    .map((r) => warningFor(r, now, actor.timeZone))
    .filter((w): w is LicenceWarningDto => w !== null);
}
