import "server-only";
import { recipientSummarySelect } from "@/lib/assignments/select";
import { db, type Prisma } from "@/lib/db";
import { storedDefinition } from "@/lib/exercises/definition";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import type { Actor } from "@/lib/policy/actor";
import { readStoredAnswers, type StoredAnswers } from "@/lib/responses/answers";
import { commentSelect } from "@/lib/review/select";
import { PREP_MAX_ASSIGNMENTS, TREND_WEEKS } from "./schemas";
import type { ResolvedSubject } from "./subject";

// The reads of the prep view, in three rounds of statements run together (the integration test
// counts them): the appointments around now, then the work, trend rows and comments, then every
// revision and definition those need. Everything here is inside the subject's `where`s.

/** Still to come in: never sent, or sent back for another look. */
export const OPEN_STATES = ["ASSIGNED", "IN_PROGRESS", "REVISION_REQUESTED"] as const;
export const WEEK_MS = 7 * 86_400_000;

const appointmentSelect = {
  id: true,
  startsAt: true,
  durationMinutes: true,
  modality: true,
} satisfies Prisma.AppointmentSelect;
export type AppointmentRow = Prisma.AppointmentGetPayload<{ select: typeof appointmentSelect }>;

const recipientSelect = {
  ...recipientSummarySelect,
  // The screen decides whether a couple's sharing is paused (lib/safety), so what "shared" means here.
  client: { select: { user: { select: { name: true } }, safetyScreen: true } },
  response: { select: { id: true } },
} satisfies Prisma.AssignmentRecipientSelect;

export type RecipientRow = Prisma.AssignmentRecipientGetPayload<{ select: typeof recipientSelect }>;

const workSelect = {
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
} satisfies Prisma.AssignmentSelect;

export type WorkRow = Prisma.AssignmentGetPayload<{ select: typeof workSelect }>;

const trendSelect = {
  clientId: true,
  response: { select: { id: true } },
  assignment: {
    select: {
      dueAt: true,
      exerciseVersionId: true,
      exerciseVersion: { select: { title: true, exercise: { select: { slug: true } } } },
    },
  },
} satisfies Prisma.AssignmentRecipientSelect;

export type TrendRow = Prisma.AssignmentRecipientGetPayload<{ select: typeof trendSelect }>;

const prepCommentSelect = {
  ...commentSelect,
  assignment: {
    select: {
      coupleId: true,
      exerciseVersionId: true,
      exerciseVersion: { select: { title: true } },
      recipients: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: recipientSelect },
    },
  },
} satisfies Prisma.CommentSelect;

export type PrepCommentRow = Prisma.CommentGetPayload<{ select: typeof prepCommentSelect }>;

export type Revision = { number: number; submittedAt: Date; answers: StoredAnswers };

/**
 * The last appointment that has ended and the next one (an appointment still running counts as the next:
 * prep is often opened in its first minutes), and the ids of the subject's assignments.
 */
export async function readAppointmentsAround(actor: Actor, subject: ResolvedSubject, now: Date) {
  const ownAppointments = {
    practiceId: actor.practiceId,
    clinicianId: actor.userId,
    cancelledAt: null,
    ...subject.appointmentWhere,
  };
  const ended = (s: { startsAt: Date; durationMinutes: number }) =>
    s.startsAt.getTime() + s.durationMinutes * 60_000 <= now.getTime();
  const [recent, coming, subjectAssignments] = await Promise.all([
    db.appointment.findMany({
      where: { ...ownAppointments, startsAt: { lte: now } },
      orderBy: { startsAt: "desc" },
      select: appointmentSelect,
      take: 2,
    }),
    db.appointment.findMany({
      where: { ...ownAppointments, startsAt: { gt: new Date(now.getTime() - 4 * 3_600_000) } },
      orderBy: { startsAt: "asc" },
      select: appointmentSelect,
      take: 3,
    }),
    // Their assignments' ids, for the comments below: asked by id, PostgreSQL reads the comments
    // through their assignmentId index; asked through the relation filter, it misjudged how many
    // assignments match and read every comment of the practice (docs/performance.md).
    db.assignment.findMany({ where: subject.assignmentWhere, select: { id: true } }),
  ]);
  return {
    lastAppointment: recent.find(ended) ?? null,
    nextAppointment: coming.find((s) => !ended(s)) ?? null,
    assignmentIds: subjectAssignments.map((a) => a.id),
  };
}

/**
 * The work to show (sent since the last appointment, waiting for review, or open and due before the
 * horizon), the submissions of the trend window and the comments on the subject's assignments.
 */
export async function readWork(
  actor: Actor,
  subject: ResolvedSubject,
  window: { since: Date | null; horizon: Date; assignmentIds: string[] },
  now: Date,
) {
  const rf = subject.recipientWhere;
  const { since, horizon } = window;
  const [rows, trendRows, commentRows] = await Promise.all([
    db.assignment.findMany({
      where: {
        AND: [
          subject.assignmentWhere,
          {
            OR: [
              { recipients: { some: { ...rf, submittedAt: since ? { gte: since } : { not: null } } } },
              { recipients: { some: { ...rf, state: "SUBMITTED" } } },
              {
                status: "ACTIVE",
                dueAt: { lte: horizon },
                recipients: { some: { ...rf, state: { in: [...OPEN_STATES] } } },
              },
            ],
          },
        ],
      },
      select: workSelect,
      // The newest first, so a long history drops its oldest; shown oldest first.
      orderBy: [{ dueAt: "desc" }, { id: "desc" }],
      take: PREP_MAX_ASSIGNMENTS + 1,
    }),
    db.assignmentRecipient.findMany({
      where: {
        ...rf,
        submittedAt: { not: null },
        assignment: {
          ...subject.assignmentWhere,
          dueAt: { gte: new Date(now.getTime() - TREND_WEEKS * WEEK_MS) },
        },
      },
      select: trendSelect,
      orderBy: [{ assignment: { dueAt: "asc" } }, { id: "asc" }],
      take: 500,
    }),
    db.comment.findMany({
      where: { practiceId: actor.practiceId, assignmentId: { in: window.assignmentIds } },
      select: prepCommentSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
    }),
  ]);
  return { rows, trendRows, commentRows };
}

export type History = {
  /** Newest first per response: [latest, previous, ...]. */
  revisions: Map<string, Revision[]>;
  definitions: Map<string, ExerciseDefinition>;
};

/** Every revision of these responses and the definitions of these versions. Unscoped: only for ids
 * taken from rows read in the actor's scope above. */
export async function unsafeReadHistory(
  responseIds: ReadonlySet<string>,
  versionIds: ReadonlySet<string>,
): Promise<History> {
  const [revisionRows, versionRows] = await Promise.all([
    db.responseRevision.findMany({
      where: { responseId: { in: [...responseIds] } },
      select: { responseId: true, number: true, submittedAt: true, answers: true },
      orderBy: [{ responseId: "asc" }, { number: "desc" }],
    }),
    db.exerciseVersion.findMany({
      where: { id: { in: [...versionIds] } },
      select: { id: true, definition: true },
    }),
  ]);
  const revisions = new Map<string, Revision[]>();
  for (const r of revisionRows) {
    const list = revisions.get(r.responseId) ?? [];
    list.push({ number: r.number, submittedAt: r.submittedAt, answers: readStoredAnswers(r.answers) });
    revisions.set(r.responseId, list);
  }
  return { revisions, definitions: new Map(versionRows.map((v) => [v.id, storedDefinition(v.definition)])) };
}
