// The prep view: everything about a client or couple since their last appointment, for the clinician
// in the ten minutes before the next one. Pure: the pages and components import the types.
import { z } from "zod";
import { RECIPIENT_STATES } from "@/lib/assignments/schemas";
import { commentDto } from "@/lib/review/schemas";

/** The most assignments one prep view shows (the oldest open ones first beyond this are left out). */
export const PREP_MAX_ASSIGNMENTS = 60;
/** How far back trends look. */
export const TREND_WEEKS = 26;
/** Earlier notes and feedback shown (newest first). */
export const EARLIER_COMMENTS = 20;

const person = z.object({ clientId: z.string(), name: z.string() });

export const prepAnswerDto = z.object({
  promptId: z.string(),
  label: z.string(),
  kind: z.string(),
  /** The answer in words (option labels, not ids); empty when it was left blank. */
  lines: z.array(z.string()),
  /** For scale prompts: the number chosen (null when left blank) and what the ends mean. */
  scale: z
    .object({
      value: z.number().nullable(),
      min: z.number(),
      max: z.number(),
      minLabel: z.string(),
      maxLabel: z.string(),
    })
    .nullable(),
  /** Shared with the partner (couples): they see it once both have sent theirs. false: only you. */
  shared: z.boolean(),
  /** Different from the previous time it was sent. */
  changed: z.boolean(),
});
export type PrepAnswerDto = z.infer<typeof prepAnswerDto>;

export const prepCopyDto = z.object({
  recipientId: z.string(),
  clientId: z.string(),
  name: z.string(),
  perspective: z.object({ id: z.string(), label: z.string() }).nullable(),
  state: z.enum(RECIPIENT_STATES),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  /** Which submission is shown (1, 2, ...); null when nothing was sent. */
  revision: z.number().int().nullable(),
  /** Sent (or sent again) since the last appointment. */
  isNew: z.boolean(),
  /** Every prompt of this person's copy, in order, with the latest submitted answer. Empty when nothing was sent. */
  answers: z.array(prepAnswerDto),
});
export type PrepCopyDto = z.infer<typeof prepCopyDto>;

export const prepAssignmentDto = z.object({
  id: z.string(),
  title: z.string(),
  exerciseSlug: z.string(),
  note: z.string().nullable(),
  dueAt: z.string(),
  status: z.enum(["ACTIVE", "WITHDRAWN"]),
  /** Given to the couple: one copy per partner. */
  forCouple: z.boolean(),
  /**
   * The couple's sharing is paused (a partner not screened "no concern"): answers marked shared are
   * not shown to the other partner, and feedback on them reaches only their author.
   */
  sharingPaused: z.boolean(),
  /** Past its due date and someone has not sent theirs yet. */
  overdue: z.boolean(),
  /** Someone's copy was sent and waits for your review. */
  awaitingReview: z.boolean(),
  copies: z.array(prepCopyDto),
  comments: z.array(commentDto),
});
export type PrepAssignmentDto = z.infer<typeof prepAssignmentDto>;

export const outstandingDto = z.object({
  assignmentId: z.string(),
  title: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  waitingOn: z.array(person.extend({ state: z.enum(RECIPIENT_STATES) })),
});
export type OutstandingDto = z.infer<typeof outstandingDto>;

export const trendDto = z.object({
  exerciseSlug: z.string(),
  title: z.string(),
  scales: z.array(
    z.object({
      promptId: z.string(),
      label: z.string(),
      min: z.number(),
      max: z.number(),
      minLabel: z.string(),
      maxLabel: z.string(),
      series: z.array(person.extend({ points: z.array(z.object({ at: z.string(), value: z.number() })) })),
    }),
  ),
});
export type TrendDto = z.infer<typeof trendDto>;

const appointmentRef = z.object({
  id: z.string(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  modality: z.enum(["IN_PERSON", "VIDEO"]),
});

export const prepDto = z.object({
  subject: z.object({
    kind: z.enum(["client", "couple"]),
    id: z.string(),
    name: z.string(),
    people: z.array(person),
    /** For a client: the couple they are part of. */
    couple: z.object({ id: z.string(), name: z.string() }).nullable(),
  }),
  generatedAt: z.string(),
  lastAppointment: appointmentRef.nullable(),
  nextAppointment: appointmentRef.nullable(),
  /** Work shown is what was sent since this moment (the last appointment's start), plus anything still waiting for review; null: since the beginning. */
  since: z.string().nullable(),
  /** Sent work, grouped by exercise in the page; oldest due first. */
  assignments: z.array(prepAssignmentDto),
  /** Still to come in: due before the next appointment (or overdue), or only partly in (a partner has sent theirs). */
  outstanding: z.array(outstandingDto),
  trends: z.array(trendDto),
  /** Notes and feedback on earlier work (not shown above), newest first. */
  earlierComments: z.array(commentDto),
  /** More work matched than one page shows. */
  truncated: z.boolean(),
});
export type PrepDto = z.infer<typeof prepDto>;
