// The prep view assembled from what lib/prep/load.ts read. No database access.
import { recipientSummary } from "@/lib/assignments/dto";
import type { ExerciseDefinition, Prompt } from "@/lib/exercises/schema";
import { sameJson } from "@/lib/responses/answers";
import { assignmentContext, safePrompts, toCommentDto, type AssignmentContext } from "@/lib/review/dto";
import type { CommentDto } from "@/lib/review/schemas";
import { answerLines } from "./answer-lines";
import { prepOrder } from "./order";
import {
  OPEN_STATES,
  type History,
  type PrepCommentRow,
  type RecipientRow,
  type Revision,
  type AppointmentRow,
  type TrendRow,
  type WorkRow,
} from "./load";
import {
  EARLIER_COMMENTS,
  PREP_MAX_ASSIGNMENTS,
  type OutstandingDto,
  type PrepAnswerDto,
  type PrepAssignmentDto,
  type PrepCopyDto,
} from "./schemas";
import type { ResolvedSubject } from "./subject";
import type { TrendInput } from "./trends";

/** Overdue is about work never sent: a copy reopened for revision after its due date is not "late". */
const NEVER_SENT = ["ASSIGNED", "IN_PROGRESS"] as const;

export function appointmentDto(row: AppointmentRow | null) {
  return row
    ? {
        id: row.id,
        startsAt: row.startsAt.toISOString(),
        durationMinutes: row.durationMinutes,
        modality: row.modality,
      }
    : null;
}

/** What is shown of what was read: at most PREP_MAX_ASSIGNMENTS pieces of work (oldest first), the trends, the earlier comments. */
export function pickShown(work: { rows: WorkRow[]; trendRows: TrendRow[]; commentRows: PrepCommentRow[] }) {
  const shownRows = work.rows.slice(0, PREP_MAX_ASSIGNMENTS).reverse();
  const shownIds = new Set(shownRows.map((r) => r.id));
  // Trends: only exercises someone sent at least twice.
  const counts = new Map<string, number>();
  for (const t of work.trendRows) {
    const key = `${t.assignment.exerciseVersion.exercise.slug}:${t.clientId}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeatedSlugs = new Set(
    [...counts.entries()].filter(([, n]) => n >= 2).map(([key]) => key.split(":")[0]!),
  );
  return {
    truncated: work.rows.length > PREP_MAX_ASSIGNMENTS,
    shownRows,
    trendUsed: work.trendRows.filter(
      (t) => repeatedSlugs.has(t.assignment.exerciseVersion.exercise.slug) && t.response,
    ),
    earlier: work.commentRows.filter((c) => !shownIds.has(c.assignmentId)).slice(0, EARLIER_COMMENTS),
  };
}

type Shown = ReturnType<typeof pickShown>;

/** The sent responses and the exercise versions the shown work, trends and earlier comments need. */
export function historyNeeded(shown: Shown) {
  const responseIds = new Set<string>();
  const sent = (recipients: readonly RecipientRow[]) => {
    for (const r of recipients) if (r.submittedAt && r.response) responseIds.add(r.response.id);
  };
  for (const row of shown.shownRows) sent(row.recipients);
  for (const t of shown.trendUsed) responseIds.add(t.response!.id);
  for (const c of shown.earlier) sent(c.assignment.recipients);
  const versionIds = new Set<string>([
    ...shown.shownRows.map((r) => r.exerciseVersionId),
    ...shown.trendUsed.map((t) => t.assignment.exerciseVersionId),
    ...shown.earlier.map((c) => c.assignment.exerciseVersionId),
  ]);
  return { responseIds, versionIds };
}

const latestOf = (history: History) => (responseId: string | undefined) =>
  responseId ? history.revisions.get(responseId)?.[0] : undefined;

/**
 * A couple's sharing is paused while a partner is not screened "no concern" (lib/safety): the partner
 * then sees nothing marked shared, and feedback on it stays with its author (as lib/review reads it).
 */
export function sharingPausedFor(coupleId: string | null, recipients: readonly RecipientRow[]): boolean {
  return coupleId !== null && recipients.some((r) => r.client.safetyScreen !== "NO_CONCERN");
}

function contextFor(
  title: string,
  definition: ExerciseDefinition,
  recipients: readonly RecipientRow[],
  history: History,
  paused: boolean,
): AssignmentContext {
  const latest = latestOf(history);
  return assignmentContext(title, definition, recipients, (r) => {
    if (paused) return new Set<string>();
    const answers = latest(r.response?.id)?.answers ?? {};
    return new Set(Object.keys(answers).filter((id) => answers[id]!.shared));
  });
}

/** One answer of a copy's latest submission, and whether it changed since the one before. */
function answerDto(prompt: Prompt, current: Revision, previous: Revision | undefined): PrepAnswerDto {
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
}

function copyDto(
  r: RecipientRow,
  definition: ExerciseDefinition,
  history: History,
  since: Date | null,
): PrepCopyDto {
  const [current, previous] = r.response ? (history.revisions.get(r.response.id) ?? []) : [];
  return {
    recipientId: r.id,
    ...recipientSummary(r, definition),
    revision: current?.number ?? null,
    isNew: Boolean(r.submittedAt && (!since || r.submittedAt.getTime() >= since.getTime())),
    answers: current
      ? safePrompts(definition, r.perspectiveId).map((prompt) => answerDto(prompt, current, previous))
      : [],
  };
}

/**
 * The work sent in (each person's latest submission, side by side) and what is still missing: due
 * before the next appointment (`horizon`), or half in because a partner already sent theirs.
 */
export function buildWork(
  shown: Shown,
  commentRows: readonly PrepCommentRow[],
  subject: ResolvedSubject,
  history: History,
  at: { now: Date; since: Date | null; horizon: Date },
) {
  const shownPeople = new Set(subject.people.map((p) => p.clientId));
  const order = new Map(subject.people.map((p, i) => [p.clientId, i]));
  const assignments: PrepAssignmentDto[] = [];
  const outstanding: OutstandingDto[] = [];
  for (const row of shown.shownRows) {
    const definition = history.definitions.get(row.exerciseVersionId)!;
    // Always in the order of the people (the same partner on the left in every piece of work).
    const mine = row.recipients
      .filter((r) => shownPeople.has(r.clientId))
      .sort((x, y) => order.get(x.clientId)! - order.get(y.clientId)!);
    const open = mine.filter((r) => (OPEN_STATES as readonly string[]).includes(r.state));
    const overdue =
      row.status === "ACTIVE" &&
      row.dueAt.getTime() < at.now.getTime() &&
      mine.some((r) => (NEVER_SENT as readonly string[]).includes(r.state));
    const partlyIn = row.recipients.some((r) => r.submittedAt !== null);
    if (
      row.status === "ACTIVE" &&
      open.length > 0 &&
      (row.dueAt.getTime() <= at.horizon.getTime() || partlyIn)
    ) {
      outstanding.push({
        assignmentId: row.id,
        title: row.exerciseVersion.title,
        dueAt: row.dueAt.toISOString(),
        overdue,
        waitingOn: open.map((r) => ({ clientId: r.clientId, name: r.client.user.name, state: r.state })),
      });
    }
    if (!mine.some((r) => r.submittedAt)) continue;

    const paused = sharingPausedFor(row.coupleId, row.recipients);
    const ctx = contextFor(row.exerciseVersion.title, definition, row.recipients, history, paused);
    assignments.push({
      id: row.id,
      title: row.exerciseVersion.title,
      exerciseSlug: row.exerciseVersion.exercise.slug,
      note: row.note,
      dueAt: row.dueAt.toISOString(),
      status: row.status,
      forCouple: row.coupleId !== null,
      sharingPaused: paused,
      overdue,
      awaitingReview: mine.some((r) => r.state === "SUBMITTED"),
      copies: mine.map((r) => copyDto(r, definition, history, at.since)),
      comments: commentRows
        .filter((c) => c.assignmentId === row.id)
        .reverse()
        .map((c) => toCommentDto(c, ctx)),
    });
  }
  assignments.sort(prepOrder);
  return { assignments, outstanding: outstanding.sort((a, b) => a.dueAt.localeCompare(b.dueAt)) };
}

/** Each repeated exercise's latest answers per submission, for lib/prep/trends.ts. */
export function trendInputs(shown: Shown, history: History): TrendInput[] {
  const latest = latestOf(history);
  const inputs: TrendInput[] = [];
  for (const t of shown.trendUsed) {
    const definition = history.definitions.get(t.assignment.exerciseVersionId);
    const revision = latest(t.response!.id);
    if (!definition || !revision) continue;
    inputs.push({
      exerciseSlug: t.assignment.exerciseVersion.exercise.slug,
      title: t.assignment.exerciseVersion.title,
      definition,
      at: t.assignment.dueAt,
      clientId: t.clientId,
      answers: revision.answers,
    });
  }
  return inputs;
}

/** Comments on work not shown above, newest first. */
export function earlierComments(shown: Shown, history: History): CommentDto[] {
  return shown.earlier.flatMap((c) => {
    const definition = history.definitions.get(c.assignment.exerciseVersionId);
    if (!definition) return [];
    return [
      toCommentDto(
        c,
        contextFor(
          c.assignment.exerciseVersion.title,
          definition,
          c.assignment.recipients,
          history,
          sharingPausedFor(c.assignment.coupleId, c.assignment.recipients),
        ),
      ),
    ];
  });
}
