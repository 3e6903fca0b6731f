import "server-only";
import { recordAudit, recordAuditMany, type AuditRequestMeta } from "@/lib/audit/record";
import { recordView } from "@/lib/audit/views";
import { revokeAllSessions } from "@/lib/auth/sessions/store";
import { db } from "@/lib/db";
import { notFound, unprocessable } from "@/lib/errors";
import { evaluatePerson } from "@/lib/jurisdiction/rule";
import { unsafeClinicianAuthorizationFacts } from "@/lib/jurisdiction/service";
import { SEES_CLIENTS_WHERE, type Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import type { ReassignInput, ReassignmentPreview } from "./schemas";

// A clinician leaves: a practice admin moves their whole caseload to another clinician of the same
// practice and (usually) deactivates them in the same step. What moves: their clients and couples,
// every assignment they gave (open ones, and finished ones too, so the new clinician sees the full
// history of the work), their upcoming appointments and their pending client invitations. Nothing is
// refused for licences, because the clients need a clinician either way; instead the admin is
// told, before and after, which clients the new clinician holds no valid licence for (those
// clients cannot be given new work until that is resolved: the jurisdiction check still applies).

const CLINICIAN_SELECT = { id: true, name: true, deactivatedAt: true } as const;

async function loadPair(actor: Actor, fromId: string, toId: string) {
  assertCan(actor, "manage:people");
  const [from, to] = await Promise.all([
    db.user.findFirst({
      where: { id: fromId, practiceId: actor.practiceId, ...SEES_CLIENTS_WHERE },
      select: CLINICIAN_SELECT,
    }),
    db.user.findFirst({
      where: { id: toId, practiceId: actor.practiceId, ...SEES_CLIENTS_WHERE },
      select: CLINICIAN_SELECT,
    }),
  ]);
  if (!from) throw notFound("That clinician");
  if (!to) throw notFound("The clinician taking over");
  if (from.id === to.id) throw unprocessable("Choose a different clinician to take over this caseload.");
  if (to.deactivatedAt) throw unprocessable(`${to.name} is deactivated. Choose an active clinician.`);
  return { from, to };
}

async function summarise(
  actor: Actor,
  fromId: string,
  toId: string,
  now: Date,
): Promise<Omit<ReassignmentPreview, "from" | "to">> {
  const practiceId = actor.practiceId;
  const [
    clients,
    couples,
    openAssignments,
    closedAssignments,
    upcomingAppointments,
    pendingInvitations,
    practice,
    authorizations,
  ] = await Promise.all([
    db.clientProfile.findMany({
      where: { practiceId, clinicianId: fromId },
      select: {
        userId: true,
        closedAt: true,
        currentState: true,
        locationAttestedAt: true,
        user: { select: { name: true, deactivatedAt: true } },
      },
      orderBy: { user: { name: "asc" } },
    }),
    db.couple.count({ where: { practiceId, clinicianId: fromId } }),
    db.assignment.count({
      where: {
        practiceId,
        clinicianId: fromId,
        status: "ACTIVE",
        recipients: { some: { state: { not: "REVIEWED" } } },
      },
    }),
    db.assignment.count({
      where: {
        practiceId,
        clinicianId: fromId,
        OR: [{ status: { not: "ACTIVE" } }, { recipients: { every: { state: "REVIEWED" } } }],
      },
    }),
    db.appointment.count({
      where: { practiceId, clinicianId: fromId, cancelledAt: null, startsAt: { gte: now } },
    }),
    db.invitation.count({
      where: {
        practiceId,
        invitedById: fromId,
        role: "CLIENT",
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
      },
    }),
    db.practice.findUniqueOrThrow({ where: { id: practiceId }, select: { locationMaxAgeDays: true } }),
    unsafeClinicianAuthorizationFacts(practiceId, toId),
  ]);
  const notLicensed: ReassignmentPreview["notLicensed"] = [];
  for (const c of clients) {
    // Closed accounts get no new work: licences do not matter for them.
    if (c.closedAt || c.user.deactivatedAt) continue;
    const location =
      c.currentState && c.locationAttestedAt
        ? { state: c.currentState, attestedAt: c.locationAttestedAt }
        : null;
    const decision = evaluatePerson({
      location,
      authorizations,
      at: now,
      maxAgeDays: practice.locationMaxAgeDays,
    });
    if (!decision.allowed && decision.code !== "location_stale" && decision.code !== "location_unknown") {
      notLicensed.push({ clientId: c.userId, name: c.user.name, state: decision.state });
    }
  }
  return {
    clients: clients.length,
    couples,
    openAssignments,
    closedAssignments,
    upcomingAppointments,
    pendingInvitations,
    notLicensed,
  };
}

/** What would move, and which clients the new clinician is not licensed for. Changes nothing. */
export async function previewReassignment(
  actor: Actor,
  fromId: string,
  toId: string,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<ReassignmentPreview> {
  const { from, to } = await loadPair(actor, fromId, toId);
  const summary = await summarise(actor, from.id, to.id, now);
  // The preview names the clients the new clinician is not licensed for, and where they are.
  await recordView(
    actor,
    {
      action: "reassignment.previewed",
      subjectType: "User",
      subjectId: from.id,
      clientIds: summary.notLicensed.map((c) => c.clientId),
      metadata: { toClinicianId: to.id, clients: summary.clients },
    },
    meta,
  );
  return { from: { id: from.id, name: from.name }, to: { id: to.id, name: to.name }, ...summary };
}

/** Moves the caseload (and deactivates the clinician when asked) in one transaction, with its audit record. */
export async function reassignCaseload(
  actor: Actor,
  input: ReassignInput,
  meta: AuditRequestMeta,
  now: Date = new Date(),
): Promise<ReassignmentPreview> {
  const { from, to } = await loadPair(actor, input.fromClinicianId, input.toClinicianId);
  if (input.deactivate && from.id === actor.userId)
    throw unprocessable("You cannot deactivate your own account.");
  const summary = await summarise(actor, from.id, to.id, now);
  const practiceId = actor.practiceId;
  await db.$transaction(async (tx) => {
    const clients = await tx.clientProfile.findMany({
      where: { practiceId, clinicianId: from.id },
      select: { userId: true },
    });
    await tx.clientProfile.updateMany({
      where: { practiceId, clinicianId: from.id },
      data: { clinicianId: to.id },
    });
    await tx.couple.updateMany({ where: { practiceId, clinicianId: from.id }, data: { clinicianId: to.id } });
    const assignments = await tx.assignment.updateMany({
      where: { practiceId, clinicianId: from.id },
      data: { clinicianId: to.id },
    });
    const appointments = await tx.appointment.updateMany({
      where: { practiceId, clinicianId: from.id, cancelledAt: null, startsAt: { gte: now } },
      data: { clinicianId: to.id },
    });
    const invitations = await tx.invitation.updateMany({
      where: {
        practiceId,
        invitedById: from.id,
        role: "CLIENT",
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: now },
      },
      data: { invitedById: to.id },
    });
    if (input.deactivate && !from.deactivatedAt) {
      await tx.user.update({ where: { id: from.id }, data: { deactivatedAt: now } });
      await tx.authToken.updateMany({ where: { userId: from.id, usedAt: null }, data: { usedAt: now } });
      await revokeAllSessions(from.id, tx);
      await recordAudit(
        actor,
        {
          action: "people.deactivated",
          subjectType: "User",
          subjectId: from.id,
          metadata: { reason: "caseload_reassigned" },
        },
        meta,
        { tx },
      );
    }
    await recordAudit(
      actor,
      {
        action: "caseload.reassigned",
        subjectType: "User",
        subjectId: from.id,
        metadata: {
          toClinicianId: to.id,
          clients: clients.length,
          couples: summary.couples,
          assignments: assignments.count,
          appointments: appointments.count,
          invitations: invitations.count,
          notLicensed: summary.notLicensed.length,
        },
      },
      meta,
      { tx },
    );
    // One event per client, so the client's own trail shows who their record moved to.
    await recordAuditMany(
      actor,
      clients.map((c) => ({
        action: "client.reassigned",
        subjectType: "ClientProfile",
        subjectId: c.userId,
        clientId: c.userId,
        metadata: { fromClinicianId: from.id, toClinicianId: to.id },
      })),
      meta,
      { tx },
    );
  });
  return { from: { id: from.id, name: from.name }, to: { id: to.id, name: to.name }, ...summary };
}

export type ClinicianOverview = {
  id: string;
  name: string;
  email: string;
  active: boolean;
  clients: number;
  couples: number;
  /** Active clinicians of the practice who could take over (not this one). */
  successors: { id: string; name: string }[];
};

/** A clinician of the admin's practice with the size of their caseload, for the people page. */
export async function clinicianOverview(actor: Actor, clinicianId: string): Promise<ClinicianOverview> {
  assertCan(actor, "manage:people");
  const person = await db.user.findFirst({
    where: { id: clinicianId, practiceId: actor.practiceId, ...SEES_CLIENTS_WHERE },
    select: { id: true, name: true, email: true, deactivatedAt: true },
  });
  if (!person) throw notFound("That clinician");
  const [clients, couples, successors] = await Promise.all([
    db.clientProfile.count({ where: { practiceId: actor.practiceId, clinicianId } }),
    db.couple.count({ where: { practiceId: actor.practiceId, clinicianId } }),
    db.user.findMany({
      where: {
        practiceId: actor.practiceId,
        ...SEES_CLIENTS_WHERE,
        deactivatedAt: null,
        id: { not: clinicianId },
      },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    active: person.deactivatedAt === null,
    clients,
    couples,
    successors,
  };
}
