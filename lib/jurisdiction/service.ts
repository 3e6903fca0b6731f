import "server-only";
import type { AuditRequestMeta } from "@/lib/audit/record";
import { recordView } from "@/lib/audit/views";
import { db, type PrismaClient } from "@/lib/db";
import { badRequest, notFound, unprocessable } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { auditReason, explain, type TreatmentPurpose } from "./explain";
import { evaluatePerson, type AuthorizationFacts, type PersonDecision } from "./rule";
import type { JurisdictionCheckDto, PersonCheckDto } from "./schemas";
import { stateName } from "./states";

// Loads the facts, applies the rule (./rule.ts) to every person, and records each outcome in
// AuthorizationCheck (compliance documentation, kept >= 6 years), allowed or not.

export type JurisdictionTarget =
  { clientIds: readonly string[] } | { clientId: string } | { coupleId: string };

export type JurisdictionResult = JurisdictionCheckDto & {
  /** The AuthorizationCheck rows written for this decision, one per person. */
  checkIds: string[];
};

type Tx = Pick<PrismaClient, "authorizationCheck">;

const AUTHORIZATION_SELECT = {
  id: true,
  kind: true,
  profession: true,
  state: true,
  status: true,
  compact: true,
  homeState: true,
  issuedAt: true,
  expiresAt: true,
  verifiedAt: true,
  clinicianId: true,
} as const;

async function resolvePeople(actor: Actor, target: JurisdictionTarget) {
  const caseload = { practiceId: actor.practiceId, clinicianId: actor.userId };
  const select = { userId: true, user: { select: { name: true } } } as const;
  if ("coupleId" in target) {
    const couple = await db.couple.findFirst({
      where: { id: target.coupleId, ...caseload },
      select: { id: true },
    });
    if (!couple) throw notFound("That couple");
    const members = await db.clientProfile.findMany({
      where: { coupleId: couple.id, ...caseload },
      select,
      orderBy: { user: { name: "asc" } },
    });
    if (members.length === 0)
      throw unprocessable(
        "Nobody in this couple has accepted their invitation yet, so there is no one to assign work to.",
      );
    return members;
  }
  const ids = [...new Set("clientId" in target ? [target.clientId] : target.clientIds)];
  if (ids.length === 0) throw badRequest("Name at least one client.");
  const found = await db.clientProfile.findMany({ where: { userId: { in: ids }, ...caseload }, select });
  // A client outside the actor's caseload is not theirs to know about.
  if (found.length !== ids.length) throw notFound("That client");
  return ids.map((id) => found.find((p) => p.userId === id)!);
}

/**
 * A clinician's licences and compact privileges as the jurisdiction rule reads them (each with the
 * home licence it rests on). Also used to check who may take over a caseload (lib/data-rights).
 * Unscoped: callers pass a clinician of the actor's own practice (themselves, or one an admin chose).
 */
export async function unsafeClinicianAuthorizationFacts(
  practiceId: string,
  clinicianId: string,
): Promise<AuthorizationFacts[]> {
  const rows = await db.clinicianAuthorization.findMany({
    where: { practiceId, clinicianId },
    select: { ...AUTHORIZATION_SELECT, homeAuthorization: { select: AUTHORIZATION_SELECT } },
  });
  return rows.map(({ homeAuthorization, clinicianId: _c, ...a }) => ({
    ...a,
    // A home licence only counts when it is the same clinician's.
    home:
      homeAuthorization && homeAuthorization.clinicianId === clinicianId
        ? stripClinician(homeAuthorization)
        : null,
  }));
}

function stripClinician<T extends { clinicianId: string }>({
  clinicianId: _c,
  ...rest
}: T): Omit<T, "clinicianId"> {
  return rest;
}

/**
 * May the acting clinician assign work to these people at `at`? For a couple every partner must
 * pass. Every person's outcome is recorded. Never throws for a refusal: see assertCanAssign.
 */
export async function canAssign(
  actor: Actor,
  target: JurisdictionTarget,
  at: Date = new Date(),
): Promise<JurisdictionResult> {
  assertCan(actor, "assign:exercise:own");
  return decideAndRecord(actor, await resolvePeople(actor, target), at, "assign", null);
}

type Person = { userId: string; user: { name: string } };

/** The rule for each person, each outcome recorded (linked to the assignment when there is one). */
async function decideAndRecord(
  actor: Actor,
  people: readonly Person[],
  at: Date,
  purpose: TreatmentPurpose,
  assignmentId: string | null,
): Promise<JurisdictionResult> {
  const [practice, authorizations] = await Promise.all([
    db.practice.findUniqueOrThrow({ where: { id: actor.practiceId }, select: { locationMaxAgeDays: true } }),
    unsafeClinicianAuthorizationFacts(actor.practiceId, actor.userId),
  ]);

  // One or two people (a client, or a couple's partners), each judged on their own location.
  const decisions: { person: Person; decision: PersonDecision }[] = await Promise.all(
    people.map(async (person) => {
      // The history is the source of truth: the latest attestation made at or before `at`.
      const location = await db.clientLocation.findFirst({
        where: { clientId: person.userId, attestedAt: { lte: at } },
        orderBy: [{ attestedAt: "desc" }, { id: "desc" }],
        select: { state: true, attestedAt: true },
      });
      return {
        person,
        decision: evaluatePerson({ location, authorizations, at, maxAgeDays: practice.locationMaxAgeDays }),
      };
    }),
  );

  const checks = await db.$transaction(
    decisions.map(({ person, decision }) =>
      db.authorizationCheck.create({
        data: {
          practiceId: actor.practiceId,
          clinicianId: actor.userId,
          clientId: person.userId,
          clientState: decision.state,
          authorizationId: decision.authorization?.id ?? null,
          assignmentId,
          allowed: decision.allowed,
          // What it was checked for, when not the assigning itself (the audit reads both).
          reason: purpose === "assign" ? auditReason(decision) : `${purpose}: ${auditReason(decision)}`,
        },
        select: { id: true, checkedAt: true },
      }),
    ),
  );

  const dtos: PersonCheckDto[] = decisions.map(({ person, decision }) => ({
    clientId: person.userId,
    name: person.user.name,
    state: decision.state,
    stateName: decision.state ? stateName(decision.state) : null,
    attestedAt: decision.attestedAt?.toISOString() ?? null,
    allowed: decision.allowed,
    code: decision.code,
    message: explain(decision, person.user.name, actor.timeZone, purpose),
    authorizationId: decision.authorization?.id ?? null,
  }));
  return {
    allowed: dtos.every((p) => p.allowed),
    checkedAt: (checks[0]?.checkedAt ?? new Date()).toISOString(),
    people: dtos,
    checkIds: checks.map((c) => c.id),
  };
}

/** The 422 every refusal uses (assigning, changing, reviewing): each blocked person, state and reason. */
function refuse(result: JurisdictionResult): never {
  const blocked = result.people.filter((p) => !p.allowed);
  throw unprocessable(blocked.map((p) => p.message).join(" "), {
    reason: "jurisdiction",
    people: blocked.map(({ clientId, name, state, stateName, code, message }) => ({
      clientId,
      name,
      state,
      stateName,
      code,
      message,
    })),
  });
}

/**
 * For the assignment service: passes quietly, or throws 422 naming each person and state that
 * blocked it (details.people). Returns the check ids so they can be linked to the new assignment.
 */
export async function assertCanAssign(
  actor: Actor,
  target: JurisdictionTarget,
  at: Date = new Date(),
): Promise<JurisdictionResult> {
  const result = await canAssign(actor, target, at);
  if (!result.allowed) refuse(result);
  return result;
}

/**
 * Changing, reviewing and commenting on work already given are treatment too (jurisdiction.md §2 and
 * §6: "block new assignments and clinician review after expires_at"): the same rule as assigning,
 * judged at `at` for everyone the assignment was given to (joint work, like assigning to a couple).
 * Passes quietly or throws the same 422. Callers pass people from an assignment they already reached
 * through the actor's own scope. Withdrawing and reading are never gated: records are kept.
 */
export async function assertCanTreat(
  actor: Actor,
  work: { assignmentId: string | null; people: readonly Person[] },
  purpose: Exclude<TreatmentPurpose, "assign">,
  at: Date = new Date(),
): Promise<void> {
  const result = await decideAndRecord(actor, work.people, at, purpose, work.assignmentId);
  if (!result.allowed) refuse(result);
}

/**
 * For pages that offer these actions (prep: review and comments; an assignment's page: changing it):
 * whether the actor may do them now for these people, with the reasons in words when not, so the page
 * shows why instead of a button that would fail. Records the check like every other.
 */
export async function treatmentStanding(
  actor: Actor,
  target: JurisdictionTarget,
  purpose: Exclude<TreatmentPurpose, "assign">,
): Promise<{ allowed: boolean; reasons: string[] }> {
  assertCan(actor, purpose === "change" ? "assign:exercise:own" : "review:assignment:own");
  const people = await resolvePeople(actor, target);
  const result = await decideAndRecord(actor, people, new Date(), purpose, null);
  return { allowed: result.allowed, reasons: result.people.filter((p) => !p.allowed).map((p) => p.message) };
}

/** Links the checks that allowed an assignment to it, once it exists (inside its transaction). */
export async function attachChecksToAssignment(
  checkIds: readonly string[],
  assignmentId: string,
  tx: Tx = db,
): Promise<void> {
  if (checkIds.length === 0) return;
  await tx.authorizationCheck.updateMany({
    where: { id: { in: [...checkIds] }, assignmentId: null },
    data: { assignmentId },
  });
}

/**
 * The read endpoint and the caseload pages: explain before the clinician tries. It shows where each
 * client last said they are, so the read is recorded in the audit trail (lib/audit/views.ts).
 */
export async function checkJurisdiction(
  actor: Actor,
  query: { clientId?: string; coupleId?: string },
  meta: AuditRequestMeta = {},
): Promise<JurisdictionCheckDto> {
  const target: JurisdictionTarget = query.coupleId
    ? { coupleId: query.coupleId }
    : { clientId: query.clientId ?? "" };
  const { checkIds: _ids, ...dto } = await canAssign(actor, target);
  const subject = query.coupleId
    ? { subjectType: "Couple", subjectId: query.coupleId }
    : { subjectType: "ClientProfile", subjectId: query.clientId ?? null };
  const clientIds = dto.people.map((p) => p.clientId);
  await recordView(actor, { action: "jurisdiction.viewed", ...subject, clientIds }, meta);
  return dto;
}
