import "server-only";
import { recordAuditMany, type AuditRequestMeta } from "@/lib/audit/record";
import { treatmentStanding } from "@/lib/jurisdiction/service";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { buildWork, earlierComments, historyNeeded, pickShown, appointmentDto, trendInputs } from "./build";
import { readAppointmentsAround, readWork, unsafeReadHistory, WEEK_MS } from "./load";
import type { PrepDto } from "./schemas";
import { resolveSubject, type PrepSubject } from "./subject";
import { buildTrends } from "./trends";

// The prep view of one client or couple: what came in since the last appointment (each partner's
// latest submission, side by side), what is still missing, check-in trends and earlier notes.
//
// Scoping: only the client's or couple's own clinician reaches it (anyone else: 404), and only the
// work that clinician gave. Every opening is recorded in the audit trail (one `prep.read` per
// client) before anything is returned.
//
// Query budget: a fixed number of statements however much work is shown (the integration test
// counts them): subject, last and next appointment, then assignments + trend rows + comments at once,
// then every needed revision and definition at once, then the audit insert.

/** The prep view of one client of the actor's caseload. */
export function getClientPrep(
  actor: Actor,
  clientId: string,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<PrepDto> {
  return getPrep(actor, { kind: "client", clientId }, meta, now);
}

/** The prep view of one couple of the actor's caseload, partners side by side. */
export function getCouplePrep(
  actor: Actor,
  coupleId: string,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<PrepDto> {
  return getPrep(actor, { kind: "couple", coupleId }, meta, now);
}

async function getPrep(
  actor: Actor,
  target: PrepSubject,
  meta: AuditRequestMeta,
  now: Date,
): Promise<PrepDto> {
  assertCan(actor, "read:prep:own");
  const subject = await resolveSubject(actor, target);
  const { lastAppointment, nextAppointment, assignmentIds } = await readAppointmentsAround(
    actor,
    subject,
    now,
  );
  const since = lastAppointment?.startsAt ?? null;
  // "Missing" means due before the next appointment (or within a week when none is booked).
  const horizon = nextAppointment?.startsAt ?? new Date(now.getTime() + WEEK_MS);

  const work = await readWork(actor, subject, { since, horizon, assignmentIds }, now);
  const shown = pickShown(work);
  const needed = historyNeeded(shown);
  const history = await unsafeReadHistory(needed.responseIds, needed.versionIds);
  const { assignments, outstanding } = buildWork(shown, work.commentRows, subject, history, {
    now,
    since,
    horizon,
  });

  await recordAuditMany(
    actor,
    subject.people.map((p) => ({
      action: "prep.read",
      subjectType: subject.kind === "couple" ? "Couple" : "ClientProfile",
      subjectId: subject.id,
      clientId: p.clientId,
      metadata: { assignments: assignments.length },
    })),
    meta,
  );

  return {
    subject: {
      kind: subject.kind,
      id: subject.id,
      name: subject.name,
      people: subject.people,
      couple: subject.couple,
    },
    generatedAt: now.toISOString(),
    lastAppointment: appointmentDto(lastAppointment),
    nextAppointment: appointmentDto(nextAppointment),
    since: since?.toISOString() ?? null,
    assignments,
    outstanding,
    trends: buildTrends(trendInputs(shown, history), subject.people),
    earlierComments: earlierComments(shown, history),
    truncated: shown.truncated,
  };
}

/**
 * Whether the clinician may review and comment on this client's or couple's work now (the licence
 * rule assigning uses), and why not in words: the prep view shows the reason instead of buttons that
 * would be refused. The work itself stays readable either way.
 */
export async function prepReviewStanding(
  actor: Actor,
  prep: PrepDto,
): Promise<{ allowed: boolean; reasons: string[] }> {
  const clientIds = prep.subject.people.map((p) => p.clientId);
  if (clientIds.length === 0) return { allowed: true, reasons: [] };
  return treatmentStanding(actor, { clientIds }, "review");
}
