import type { PrismaClient } from "@/lib/db/client";
import { DEMO_USERS } from "./demo-data";

// Demo assignments, in several states, so every page has something real to show:
// - Alex & Sam: "Slowing down" (Alex from the hurt side, Sam from the other), Alex has sent it and
//   shared two answers, Sam has a draft;
// - Jordan: a weekly trust check-in series, five weeks sent with values that move (a visible
//   trend), the oldest reviewed, and next week's due.
// Idempotent: each group is found by a fixed marker (series id or note) and left alone if present,
// so a demo someone has clicked through keeps its changes across restarts.

const DAY = 86_400_000;
export const DEMO_COUPLE_NOTE =
  "Go gently with this one. There are no right answers; write what is true for you this week.";
export const DEMO_JORDAN_SERIES = "demo-jordan-weekly-check-in";

type Db = PrismaClient;

// The packs are loaded before any seeding (prisma/seed.ts, scripts/run.ts): loading them here, from
// lookups that run side by side, was two loaders racing on a fresh database.
async function latestVersionId(db: Db, slug: string): Promise<string | null> {
  const row = await db.exerciseVersion.findFirst({
    where: { exercise: { slug, scope: { startsWith: "pack:" } } },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  return row?.id ?? null;
}

async function userId(db: Db, email: string): Promise<string | null> {
  return (await db.user.findUnique({ where: { email }, select: { id: true } }))?.id ?? null;
}

type Answers = Record<string, { value: unknown; shared: boolean }>;

/** One recipient's copy: a response at `version`, and a revision per submission. */
async function copy(
  db: Db,
  input: {
    assignmentId: string;
    clientId: string;
    perspectiveId: string | null;
    answers: Answers;
    submittedAt: Date | null;
    reviewed?: { at: Date; by: string };
  },
) {
  const state = input.reviewed
    ? "REVIEWED"
    : input.submittedAt
      ? "SUBMITTED"
      : Object.keys(input.answers).length
        ? "IN_PROGRESS"
        : "ASSIGNED";
  const recipient = await db.assignmentRecipient.create({
    data: {
      assignmentId: input.assignmentId,
      clientId: input.clientId,
      perspectiveId: input.perspectiveId,
      state,
      submittedAt: input.submittedAt,
      reviewedAt: input.reviewed?.at ?? null,
      reviewedById: input.reviewed?.by ?? null,
    },
    select: { id: true },
  });
  const version = Object.keys(input.answers).length ? (input.submittedAt ? 1 : 2) : 0;
  const response = await db.response.create({
    data: {
      recipientId: recipient.id,
      answers: input.answers as object,
      version,
      ...(input.submittedAt ? { updatedAt: input.submittedAt } : {}),
    },
    select: { id: true },
  });
  if (input.submittedAt) {
    await db.responseRevision.create({
      data: {
        responseId: response.id,
        number: 1,
        answers: input.answers as object,
        submittedAt: input.submittedAt,
      },
    });
  }
}

export async function seedDemoAssignments(db: Db, now = new Date()): Promise<void> {
  const [practice, clinician, alex, sam, jordan] = await Promise.all([
    db.practice.findUnique({ where: { slug: "demo-counseling" }, select: { id: true } }),
    userId(db, DEMO_USERS.clinician.email),
    userId(db, DEMO_USERS.alex.email),
    userId(db, DEMO_USERS.sam.email),
    userId(db, DEMO_USERS.jordan.email),
  ]);
  if (!practice || !clinician || !alex || !sam || !jordan) return;
  const couple = await db.couple.findFirst({
    where: { practiceId: practice.id, name: "Alex & Sam" },
    select: { id: true },
  });
  const [slowingDown, checkIn] = await Promise.all([
    latestVersionId(db, "slowing-down"),
    latestVersionId(db, "weekly-trust-check-in"),
  ]);
  if (!slowingDown || !checkIn) return;

  // Alex & Sam: slowing down. Alex has sent it; Sam is part-way through a draft.
  if (
    couple &&
    !(await db.assignment.findFirst({
      where: { coupleId: couple.id, note: DEMO_COUPLE_NOTE },
      select: { id: true },
    }))
  ) {
    const assignment = await db.assignment.create({
      data: {
        practiceId: practice.id,
        clinicianId: clinician,
        exerciseVersionId: slowingDown,
        coupleId: couple.id,
        note: DEMO_COUPLE_NOTE,
        dueAt: new Date(now.getTime() + 3 * DAY),
        createdAt: new Date(now.getTime() - 2 * DAY),
      },
      select: { id: true },
    });
    await copy(db, {
      assignmentId: assignment.id,
      clientId: alex,
      perspectiveId: "was-hurt",
      submittedAt: new Date(now.getTime() - DAY),
      answers: {
        "feelings-now": { value: ["grief", "anger", "confusion"], shared: true },
        "feelings-in-words": {
          value:
            "Mostly a heavy sadness. The anger comes in waves, usually at night when I replay the conversations.",
          shared: true,
        },
        "pressure-to-move-on": {
          value: "My sister keeps saying I should be over it by now. It makes me feel rushed.",
          shared: false,
        },
        "what-would-help-safety": {
          value: "I need you to tell me when you are in touch with them, before I find out another way.",
          shared: true,
        },
        readiness: { value: "small-steps", shared: true },
        "space-looks-like": { value: "", shared: false },
      },
    });
    await copy(db, {
      assignmentId: assignment.id,
      clientId: sam,
      perspectiveId: "caused-harm",
      submittedAt: null,
      answers: {
        "what-i-did": { value: "I kept messaging my ex for months and hid it.", shared: false },
        "urges-noticed": { value: ["explain", "move-on"], shared: false },
      },
    });
  }

  // Jordan: a weekly check-in. Five weeks sent (the oldest reviewed), next week's due.
  if (!(await db.assignment.findFirst({ where: { seriesId: DEMO_JORDAN_SERIES }, select: { id: true } }))) {
    const weeks = [
      { safe: 3, count: 2, open: 4, hope: 5, text: "We argued about the phone again. I shut down." },
      { safe: 4, count: 3, open: 4, hope: 5, text: "" },
      { safe: 4, count: 5, open: 5, hope: 6, text: "They came home when they said they would, every day." },
      { safe: 6, count: 5, open: 6, hope: 7, text: "A long talk on Sunday. It helped more than I expected." },
      { safe: 7, count: 6, open: 6, hope: 8, text: "Calmer week. I noticed I was checking less." },
    ];
    const firstDue = new Date(now.getTime() - weeks.length * 7 * DAY + 2 * DAY);
    for (let i = 0; i <= weeks.length; i++) {
      const dueAt = new Date(firstDue.getTime() + i * 7 * DAY);
      const assignment = await db.assignment.create({
        data: {
          practiceId: practice.id,
          clinicianId: clinician,
          exerciseVersionId: checkIn,
          note: "A short check-in each week, so we can see how things move over time.",
          dueAt,
          seriesId: DEMO_JORDAN_SERIES,
          createdAt: firstDue,
        },
        select: { id: true },
      });
      const week = weeks[i];
      await copy(db, {
        assignmentId: assignment.id,
        clientId: jordan,
        perspectiveId: null,
        submittedAt: week ? new Date(dueAt.getTime() - DAY) : null,
        reviewed: week && i === 0 ? { at: new Date(dueAt.getTime() + DAY), by: clinician } : undefined,
        answers: week
          ? {
              "felt-safe": { value: week.safe, shared: false },
              "could-count-on": { value: week.count, shared: false },
              openness: { value: week.open, shared: false },
              hope: { value: week.hope, shared: false },
              ...(week.text ? { "this-week": { value: week.text, shared: false } } : {}),
            }
          : {},
      });
    }
  }
}
