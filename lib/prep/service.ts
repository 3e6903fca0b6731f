import "server-only";
import { clinicianScope, perspectiveOf } from "@/lib/assignments/service";
import { recordAuditMany, type AuditRequestMeta } from "@/lib/audit/record";
import { db, type Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { storedDefinition } from "@/lib/exercises/queries";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { readStoredAnswers, sameJson, type StoredAnswers } from "@/lib/responses/answers";
import { safePrompts, toCommentDto, type AssignmentContext } from "@/lib/review/dto";
import { commentSelect } from "@/lib/review/service";
import type { CommentDto } from "@/lib/review/schemas";
import type { CopyState } from "@/lib/review/visibility";
import { answerLines } from "./answer-lines";
import {
  EARLIER_COMMENTS,
  PREP_MAX_ASSIGNMENTS,
  TREND_WEEKS,
  type OutstandingDto,
  type PrepAssignmentDto,
  type PrepCopyDto,
  type PrepDto,
} from "./schemas";
import { buildTrends, type TrendInput } from "./trends";

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

export type PrepSubject = { kind: "client"; clientId: string } | { kind: "couple"; coupleId: string };

/** Still to come in: never sent, or sent back for another look. */
const OPEN_STATES = ["ASSIGNED", "IN_PROGRESS", "REVISION_REQUESTED"] as const;
/** Overdue is about work never sent: a copy reopened for revision after its due date is not "late". */
const NEVER_SENT = ["ASSIGNED", "IN_PROGRESS"] as const;
const WEEK_MS = 7 * 86_400_000;

type ResolvedSubject = {
  kind: "client" | "couple";
  id: string;
  name: string;
  people: { clientId: string; name: string }[];
  couple: { id: string; name: string } | null;
  /** Which assignments belong to this prep view (always inside the clinician's own). */
  assignmentWhere: Prisma.AssignmentWhereInput;
  /** Which copies of those assignments are shown. */
  recipientWhere: Prisma.AssignmentRecipientWhereInput;
  appointmentWhere: Prisma.AppointmentWhereInput;
};

async function resolveSubject(actor: Actor, subject: PrepSubject): Promise<ResolvedSubject> {
  const caseload = { practiceId: actor.practiceId, clinicianId: actor.userId };
  if (subject.kind === "client") {
    const profile = await db.clientProfile.findFirst({
      where: { userId: subject.clientId, ...caseload },
      select: { userId: true, user: { select: { name: true } }, couple: { select: { id: true, name: true } } },
    });
    if (!profile) throw notFound("That client");
    return {
      kind: "client",
      id: profile.userId,
      name: profile.user.name,
      people: [{ clientId: profile.userId, name: profile.user.name }],
      couple: profile.couple,
      assignmentWhere: { ...clinicianScope(actor), recipients: { some: { clientId: profile.userId } } },
      recipientWhere: { clientId: profile.userId },
      appointmentWhere: { clientId: profile.userId },
    };
  }
  const couple = await db.couple.findFirst({
    where: { id: subject.coupleId, ...caseload },
    select: {
      id: true,
      name: true,
      members: { where: { practiceId: actor.practiceId }, select: { userId: true, user: { select: { name: true } } }, orderBy: [{ createdAt: "asc" }, { userId: "asc" }] },
    },
  });
  if (!couple) throw notFound("That couple");
  const memberIds = couple.members.map((m) => m.userId);
  return {
    kind: "couple",
    id: couple.id,
    name: couple.name,
    people: couple.members.map((m) => ({ clientId: m.userId, name: m.user.name })),
    couple: null,
    // The couple's shared work and each partner's own.
    assignmentWhere: { ...clinicianScope(actor), OR: [{ coupleId: couple.id }, { recipients: { some: { clientId: { in: memberIds } } } }] },
    recipientWhere: { clientId: { in: memberIds } },
    appointmentWhere: { coupleId: couple.id },
  };
}

const appointmentSelect = { id: true, startsAt: true, durationMinutes: true, modality: true } satisfies Prisma.AppointmentSelect;

function appointmentDto(row: { id: string; startsAt: Date; durationMinutes: number; modality: "IN_PERSON" | "VIDEO" } | null) {
  return row ? { id: row.id, startsAt: row.startsAt.toISOString(), durationMinutes: row.durationMinutes, modality: row.modality } : null;
}

const recipientSelect = {
  id: true,
  clientId: true,
  perspectiveId: true,
  state: true,
  submittedAt: true,
  reviewedAt: true,
  client: { select: { user: { select: { name: true } } } },
  response: { select: { id: true } },
} satisfies Prisma.AssignmentRecipientSelect;

type RecipientRow = Prisma.AssignmentRecipientGetPayload<{ select: typeof recipientSelect }>;

type Revision = { number: number; submittedAt: Date; answers: StoredAnswers };

function contextFor(
  title: string,
  definition: ExerciseDefinition,
  recipients: readonly RecipientRow[],
  latest: (responseId: string | undefined) => Revision | undefined,
): AssignmentContext {
  const copies: CopyState[] = recipients.map((r) => {
    const answers = latest(r.response?.id)?.answers ?? {};
    return {
      recipientId: r.id,
      clientId: r.clientId,
      submitted: r.submittedAt !== null,
      sharedPromptIds: new Set(Object.keys(answers).filter((id) => answers[id]!.shared)),
    };
  });
  return {
    title,
    definition,
    recipients: recipients.map((r) => ({ recipientId: r.id, clientId: r.clientId, name: r.client.user.name, perspectiveId: r.perspectiveId })),
    copies,
  };
}

/** The prep view of one client of the actor's caseload. */
export function getClientPrep(actor: Actor, clientId: string, meta: AuditRequestMeta = {}, now: Date = new Date()): Promise<PrepDto> {
  return getPrep(actor, { kind: "client", clientId }, meta, now);
}

/** The prep view of one couple of the actor's caseload, partners side by side. */
export function getCouplePrep(actor: Actor, coupleId: string, meta: AuditRequestMeta = {}, now: Date = new Date()): Promise<PrepDto> {
  return getPrep(actor, { kind: "couple", coupleId }, meta, now);
}

export async function getPrep(actor: Actor, target: PrepSubject, meta: AuditRequestMeta = {}, now: Date = new Date()): Promise<PrepDto> {
  assertCan(actor, "read:prep:own");
  const subject = await resolveSubject(actor, target);
  const ownAppointments = { practiceId: actor.practiceId, clinicianId: actor.userId, cancelledAt: null, ...subject.appointmentWhere };

  // An appointment still running counts as the next one (prep is often opened in its first minutes).
  const ended = (s: { startsAt: Date; durationMinutes: number }) => s.startsAt.getTime() + s.durationMinutes * 60_000 <= now.getTime();
  const [recent, coming, subjectAssignments] = await Promise.all([
    db.appointment.findMany({ where: { ...ownAppointments, startsAt: { lte: now } }, orderBy: { startsAt: "desc" }, select: appointmentSelect, take: 2 }),
    db.appointment.findMany({
      where: { ...ownAppointments, startsAt: { gt: new Date(now.getTime() - 4 * 3_600_000) } },
      orderBy: { startsAt: "asc" },
      select: appointmentSelect,
      take: 3,
    }),
    // Their assignments' ids, for the comments below: asked by id, PostgreSQL reads the comments
    // through their assignmentId index; asked through the relation filter, it misjudged how many
    // assignments match and read every comment of the practice (BENCHMARKS.md).
    db.assignment.findMany({ where: subject.assignmentWhere, select: { id: true } }),
  ]);
  const lastAppointment = recent.find(ended) ?? null;
  const nextAppointment = coming.find((s) => !ended(s)) ?? null;
  const since = lastAppointment?.startsAt ?? null;
  // "Missing" means due before the next appointment (or within a week when none is booked).
  const horizon = nextAppointment?.startsAt ?? new Date(now.getTime() + WEEK_MS);
  const rf = subject.recipientWhere;

  const [rows, trendRows, commentRows] = await Promise.all([
    db.assignment.findMany({
      where: {
        AND: [
          subject.assignmentWhere,
          {
            OR: [
              { recipients: { some: { ...rf, submittedAt: since ? { gte: since } : { not: null } } } },
              { recipients: { some: { ...rf, state: "SUBMITTED" } } },
              { status: "ACTIVE", dueAt: { lte: horizon }, recipients: { some: { ...rf, state: { in: [...OPEN_STATES] } } } },
            ],
          },
        ],
      },
      select: {
        id: true,
        note: true,
        dueAt: true,
        status: true,
        coupleId: true,
        // The definition (the exercise's prompts, the largest column here) is read once per version
        // below, not once per assignment: a weekly check-in repeats the same version every week.
        exerciseVersionId: true,
        exerciseVersion: { select: { title: true, exercise: { select: { slug: true } } } },
        // Every copy (a partner's too: who can read a comment depends on both); only the subject's are shown.
        recipients: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: recipientSelect },
      },
      // The newest first, so a long history drops its oldest; shown oldest first.
      orderBy: [{ dueAt: "desc" }, { id: "desc" }],
      take: PREP_MAX_ASSIGNMENTS + 1,
    }),
    db.assignmentRecipient.findMany({
      where: {
        ...rf,
        submittedAt: { not: null },
        assignment: { ...subject.assignmentWhere, dueAt: { gte: new Date(now.getTime() - TREND_WEEKS * WEEK_MS) } },
      },
      select: {
        clientId: true,
        response: { select: { id: true } },
        assignment: { select: { dueAt: true, exerciseVersionId: true, exerciseVersion: { select: { title: true, exercise: { select: { slug: true } } } } } },
      },
      orderBy: [{ assignment: { dueAt: "asc" } }, { id: "asc" }],
      take: 500,
    }),
    db.comment.findMany({
      where: { practiceId: actor.practiceId, assignmentId: { in: subjectAssignments.map((a) => a.id) } },
      select: {
        ...commentSelect,
        assignment: {
          select: {
            exerciseVersionId: true,
            exerciseVersion: { select: { title: true } },
            recipients: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: recipientSelect },
          },
        },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
    }),
  ]);

  const truncated = rows.length > PREP_MAX_ASSIGNMENTS;
  const shownRows = rows.slice(0, PREP_MAX_ASSIGNMENTS).reverse();
  const shownIds = new Set(shownRows.map((r) => r.id));

  // Trends: only exercises someone sent at least twice.
  const counts = new Map<string, number>();
  for (const t of trendRows) {
    const key = `${t.assignment.exerciseVersion.exercise.slug}:${t.clientId}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeatedSlugs = new Set([...counts.entries()].filter(([, n]) => n >= 2).map(([key]) => key.split(":")[0]!));
  const trendUsed = trendRows.filter((t) => repeatedSlugs.has(t.assignment.exerciseVersion.exercise.slug) && t.response);
  const earlier = commentRows.filter((c) => !shownIds.has(c.assignmentId)).slice(0, EARLIER_COMMENTS);

  const responseIds = new Set<string>();
  const shownPeople = new Set(subject.people.map((p) => p.clientId));
  const order = new Map(subject.people.map((p, i) => [p.clientId, i]));
  for (const row of shownRows) for (const r of row.recipients) if (r.submittedAt && r.response) responseIds.add(r.response.id);
  for (const t of trendUsed) responseIds.add(t.response!.id);
  for (const c of earlier) for (const r of c.assignment.recipients) if (r.submittedAt && r.response) responseIds.add(r.response.id);
  const versionIds = new Set<string>([
    ...shownRows.map((r) => r.exerciseVersionId),
    ...trendUsed.map((t) => t.assignment.exerciseVersionId),
    ...earlier.map((c) => c.assignment.exerciseVersionId),
  ]);

  const [revisionRows, versionRows] = await Promise.all([
    db.responseRevision.findMany({
      where: { responseId: { in: [...responseIds] } },
      select: { responseId: true, number: true, submittedAt: true, answers: true },
      orderBy: [{ responseId: "asc" }, { number: "desc" }],
    }),
    db.exerciseVersion.findMany({ where: { id: { in: [...versionIds] } }, select: { id: true, definition: true } }),
  ]);

  // Newest first per response: [latest, previous, ...].
  const revisions = new Map<string, Revision[]>();
  for (const r of revisionRows) {
    const list = revisions.get(r.responseId) ?? [];
    list.push({ number: r.number, submittedAt: r.submittedAt, answers: readStoredAnswers(r.answers) });
    revisions.set(r.responseId, list);
  }
  const latest = (responseId: string | undefined) => (responseId ? revisions.get(responseId)?.[0] : undefined);
  const definitions = new Map(versionRows.map((v) => [v.id, storedDefinition(v.definition)]));

  const assignments: PrepAssignmentDto[] = [];
  const outstanding: OutstandingDto[] = [];
  for (const row of shownRows) {
    const definition = definitions.get(row.exerciseVersionId)!;
    // Always in the order of the people (the same partner on the left in every piece of work).
    const mine = row.recipients.filter((r) => shownPeople.has(r.clientId)).sort((x, y) => order.get(x.clientId)! - order.get(y.clientId)!);
    const open = mine.filter((r) => (OPEN_STATES as readonly string[]).includes(r.state));
    const overdue =
      row.status === "ACTIVE" && row.dueAt.getTime() < now.getTime() && mine.some((r) => (NEVER_SENT as readonly string[]).includes(r.state));
    // Missing: due before the next appointment, or a partner has already sent theirs (so it is half in).
    const partlyIn = row.recipients.some((r) => r.submittedAt !== null);
    if (row.status === "ACTIVE" && open.length > 0 && (row.dueAt.getTime() <= horizon.getTime() || partlyIn)) {
      outstanding.push({
        assignmentId: row.id,
        title: row.exerciseVersion.title,
        dueAt: row.dueAt.toISOString(),
        overdue,
        waitingOn: open.map((r) => ({ clientId: r.clientId, name: r.client.user.name, state: r.state })),
      });
    }
    if (!mine.some((r) => r.submittedAt)) continue;

    const ctx = contextFor(row.exerciseVersion.title, definition, row.recipients, latest);
    const copies: PrepCopyDto[] = mine.map((r) => {
      const history = r.response ? (revisions.get(r.response.id) ?? []) : [];
      const [current, previous] = history;
      return {
        recipientId: r.id,
        clientId: r.clientId,
        name: r.client.user.name,
        perspective: perspectiveOf(definition, r.perspectiveId),
        state: r.state,
        submittedAt: r.submittedAt?.toISOString() ?? null,
        reviewedAt: r.reviewedAt?.toISOString() ?? null,
        revision: current?.number ?? null,
        isNew: Boolean(r.submittedAt && (!since || r.submittedAt.getTime() >= since.getTime())),
        answers: current
          ? safePrompts(definition, r.perspectiveId).map((prompt) => {
              const entry = current.answers[prompt.id];
              return {
                promptId: prompt.id,
                label: prompt.label,
                kind: prompt.kind,
                lines: answerLines(prompt, entry?.value),
                scale:
                  prompt.kind === "scale"
                    ? {
                        value: typeof entry?.value === "number" ? entry.value : null,
                        min: prompt.min,
                        max: prompt.max,
                        minLabel: prompt.minLabel,
                        maxLabel: prompt.maxLabel,
                      }
                    : null,
                shared: entry?.shared ?? false,
                changed: previous ? !sameJson(previous.answers[prompt.id]?.value ?? null, entry?.value ?? null) : false,
              };
            })
          : [],
      };
    });
    assignments.push({
      id: row.id,
      title: row.exerciseVersion.title,
      exerciseSlug: row.exerciseVersion.exercise.slug,
      note: row.note,
      dueAt: row.dueAt.toISOString(),
      status: row.status,
      forCouple: row.coupleId !== null,
      overdue,
      awaitingReview: mine.some((r) => r.state === "SUBMITTED"),
      copies,
      comments: commentRows
        .filter((c) => c.assignmentId === row.id)
        .reverse()
        .map((c) => toCommentDto(c, ctx)),
    });
  }
  assignments.sort((a, b) => a.title.localeCompare(b.title) || a.dueAt.localeCompare(b.dueAt));

  const trendInputs: TrendInput[] = [];
  for (const t of trendUsed) {
    const definition = definitions.get(t.assignment.exerciseVersionId);
    const revision = latest(t.response!.id);
    if (!definition || !revision) continue;
    trendInputs.push({
      exerciseSlug: t.assignment.exerciseVersion.exercise.slug,
      title: t.assignment.exerciseVersion.title,
      definition,
      at: t.assignment.dueAt,
      clientId: t.clientId,
      answers: revision.answers,
    });
  }

  const earlierComments: CommentDto[] = earlier.flatMap((c) => {
    const definition = definitions.get(c.assignment.exerciseVersionId);
    if (!definition) return [];
    return [toCommentDto(c, contextFor(c.assignment.exerciseVersion.title, definition, c.assignment.recipients, latest))];
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
    subject: { kind: subject.kind, id: subject.id, name: subject.name, people: subject.people, couple: subject.couple },
    generatedAt: now.toISOString(),
    lastAppointment: appointmentDto(lastAppointment),
    nextAppointment: appointmentDto(nextAppointment),
    since: since?.toISOString() ?? null,
    assignments,
    outstanding: outstanding.sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
    trends: buildTrends(trendInputs, subject.people),
    earlierComments,
    truncated,
  };
}
