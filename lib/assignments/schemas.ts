// API shapes for assignments: request schemas (zod in) and DTOs (typed out). Pure: the assign form
// and the client pages import the types too.
import { z } from "zod";
import { idParam } from "@/lib/http/operation";
import { slugParam } from "@/lib/exercises/schemas";

export const NOTE_MAX_LENGTH = 2_000;
/** A weekly series is at most half a year of check-ins. */
export const MAX_REPEAT_WEEKS = 26;
export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 100;

const perspectiveId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a perspective id");
const isoDateTime = z.iso.datetime({
  offset: true,
  error: "must be a date and time like 2025-03-14T18:00:00Z",
});
const note = z
  .string()
  .trim()
  .max(NOTE_MAX_LENGTH, {
    error: `Please keep the note under ${NOTE_MAX_LENGTH.toLocaleString("en-US")} characters.`,
  });

export const createAssignmentBody = z
  .strictObject({
    exercise: slugParam.describe("Slug of a library exercise you may see; its latest version is pinned"),
    clientId: idParam.optional().describe("An individual client of yours (or one partner on their own)"),
    coupleId: idParam
      .optional()
      .describe("A couple of yours: every partner who has joined gets their own copy"),
    dueAt: isoDateTime
      .optional()
      .describe(
        "Default: an hour before the next appointment with them (at least a day away), else in 7 days",
      ),
    note: note.optional().describe("A personal note the client sees with the work"),
    perspectives: z
      .record(idParam, perspectiveId)
      .optional()
      .describe("For exercises with perspectives: which one each client answers from, by client id"),
    repeatWeeklyUntil: isoDateTime
      .optional()
      .describe(
        `Repeat weekly (same weekday and time) until this moment, at most ${MAX_REPEAT_WEEKS} weeks; the copies share a seriesId`,
      ),
    allowDuplicate: z
      .boolean()
      .optional()
      .describe(
        "true: send it even though the same exercise is already open for the same people (otherwise 409, reason duplicate, with the open ones in details.open)",
      ),
    repeatEveryWeeks: z
      .number()
      .int()
      .min(1)
      .max(4)
      .optional()
      .describe("With repeatWeeklyUntil: one copy every this many weeks (default 1; 2 = every 2 weeks)"),
  })
  .refine((b) => (b.clientId ? 1 : 0) + (b.coupleId ? 1 : 0) === 1, {
    message: "Choose exactly one client or one couple.",
    path: ["clientId"],
  });
export type CreateAssignmentInput = z.infer<typeof createAssignmentBody>;

export const updateAssignmentBody = z
  .strictObject({
    dueAt: isoDateTime.optional(),
    note: note.nullable().optional().describe("null or an empty string removes the note"),
    withdraw: z
      .literal(true)
      .optional()
      .describe("Withdraw it: the client sees it was withdrawn; anything written is kept, read-only"),
    series: z
      .boolean()
      .optional()
      .describe("With withdraw: also withdraw every later week of the same series that is still active"),
  })
  .refine((b) => b.dueAt !== undefined || b.note !== undefined || b.withdraw !== undefined, {
    message: "Give dueAt, note and/or withdraw.",
    path: ["dueAt"],
  })
  .refine((b) => !(b.withdraw && b.dueAt !== undefined), {
    message: "Withdraw, or change the due date, not both at once.",
    path: ["dueAt"],
  })
  .refine((b) => b.series === undefined || b.withdraw === true, {
    message: "series goes with withdraw.",
    path: ["series"],
  });
export type UpdateAssignmentInput = z.infer<typeof updateAssignmentBody>;

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const listAssignmentsQuery = z.object({
  cursor: optional(z.string().max(200)).describe("nextCursor from the previous page"),
  limit: optional(z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT)).describe(
    `Page size (default ${DEFAULT_PAGE_LIMIT})`,
  ),
  status: optional(z.enum(["active", "withdrawn", "all"])).describe("Default: all"),
  clientId: optional(idParam).describe("Clinicians: only work given to this client (alone or as a partner)"),
  coupleId: optional(idParam).describe("Clinicians: only work given to this couple"),
  seriesId: optional(idParam).describe("Only the weeks of one repeating series"),
  sort: optional(z.enum(["dueAt", "-dueAt"])).describe(
    "dueAt: soonest first; -dueAt (default): latest first",
  ),
});
export type ListAssignmentsQuery = z.infer<typeof listAssignmentsQuery>;

export const RECIPIENT_STATES = [
  "ASSIGNED",
  "IN_PROGRESS",
  "SUBMITTED",
  "REVISION_REQUESTED",
  "REVIEWED",
] as const;
export type RecipientState = (typeof RECIPIENT_STATES)[number];

const exerciseRef = z.object({
  slug: z.string(),
  title: z.string(),
  version: z.number().int(),
  versionId: z.string(),
  estimatedMinutes: z.number().int(),
});

const perspectiveRef = z.object({ id: z.string(), label: z.string() }).nullable();

const assignmentBase = {
  id: z.string(),
  exercise: exerciseRef,
  note: z.string().nullable(),
  dueAt: z.string(),
  status: z.enum(["ACTIVE", "WITHDRAWN"]),
  withdrawnAt: z.string().nullable(),
  seriesId: z.string().nullable(),
  createdAt: z.string(),
};

export const clinicianRecipientDto = z.object({
  clientId: z.string(),
  name: z.string(),
  perspective: perspectiveRef,
  state: z.enum(RECIPIENT_STATES),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
});
export type ClinicianRecipientDto = z.infer<typeof clinicianRecipientDto>;

/** What the clinician who gave it sees: every recipient's progress (answers are under /response). */
export const clinicianAssignmentDto = z.object({
  view: z.literal("clinician"),
  ...assignmentBase,
  couple: z.object({ id: z.string(), name: z.string() }).nullable(),
  recipients: z.array(clinicianRecipientDto),
});
export type ClinicianAssignmentDto = z.infer<typeof clinicianAssignmentDto>;

/**
 * What a client sees: their own copy only. About a partner, only whether they have sent theirs
 * (never whether they started, never their answers: those are under /response once both sent).
 */
export const clientAssignmentDto = z.object({
  view: z.literal("client"),
  ...assignmentBase,
  clinicianName: z.string(),
  couple: z.object({ name: z.string() }).nullable(),
  perspective: perspectiveRef,
  state: z.enum(RECIPIENT_STATES),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  /** Sent once, then changed again without sending the changes. */
  hasUnsentChanges: z.boolean(),
  partner: z.object({ firstName: z.string(), submitted: z.boolean() }).nullable(),
});
export type ClientAssignmentDto = z.infer<typeof clientAssignmentDto>;

export const assignmentDto = z.discriminatedUnion("view", [clinicianAssignmentDto, clientAssignmentDto]);
export type AssignmentDto = z.infer<typeof assignmentDto>;

export const assignmentListDto = z.object({
  items: z.array(assignmentDto),
  /** Pass as ?cursor= for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type AssignmentListDto = z.infer<typeof assignmentListDto>;

export const createdAssignmentsDto = z.object({
  /** One assignment, or one per week of a repeating series (soonest first). */
  items: z.array(clinicianAssignmentDto),
  seriesId: z.string().nullable(),
});
export type CreatedAssignmentsDto = z.infer<typeof createdAssignmentsDto>;
