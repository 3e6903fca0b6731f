// API shapes for answers: the draft (GET/PUT /response) and submission (POST /submit). Pure: the
// completion form imports the types and limits too.
import { z } from "zod";
import { stateCode } from "@/lib/locations/schemas";
import { RECIPIENT_STATES } from "@/lib/assignments/schemas";

/** Largest accepted draft or submission body (413 above it, before parsing). */
export const RESPONSE_MAX_BYTES = 200 * 1024;
const MAX_ANSWERS = 200;

const promptId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a prompt id");

/** One answer as sent and stored: its value (checked against the prompt) and who may see it. */
export const answerEntryInput = z.strictObject({
  value: z
    .unknown()
    .describe("The answer, in the shape of its prompt's kind (text, number, option ids, log entries)"),
  shared: z
    .boolean()
    .describe(
      "true: shared with the partner (couples only; shown once both have sent theirs). false: only the therapist",
    ),
});

export const answersInput = z
  .record(promptId, answerEntryInput)
  .refine((answers) => Object.keys(answers).length <= MAX_ANSWERS, {
    message: `At most ${MAX_ANSWERS} answers.`,
  });

export const saveResponseBody = z.strictObject({
  version: z
    .number()
    .int()
    .min(0)
    .describe("The version this draft started from (from GET, or the last save)"),
  answers: answersInput.describe("Every answer of the draft (the whole set replaces the stored one)"),
});
export type SaveResponseInput = z.infer<typeof saveResponseBody>;

export const submitResponseBody = z.strictObject({
  version: z.number().int().min(0).describe("The version the answers being sent started from"),
  answers: answersInput
    .optional()
    .describe("Save these answers and send them in one step; without it, the stored draft is sent"),
  state: stateCode
    .optional()
    .describe("Where the client is while sending (recorded in their location history)"),
});
export type SubmitResponseInput = z.infer<typeof submitResponseBody>;

/**
 * Why a client's copy can no longer be changed: reviewed by the therapist, withdrawn, or the client
 * was discharged (no new work: what was given stays readable, lib/discharge).
 */
export const LOCK_REASONS = ["reviewed", "withdrawn", "discharged"] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

const storedAnswers = z.record(z.string(), z.object({ value: z.unknown(), shared: z.boolean() }));

const perspectiveRef = z.object({ id: z.string(), label: z.string() }).nullable();

/** The client's own copy, and what their partner shared once both have sent theirs. */
export const clientResponseDto = z.object({
  view: z.literal("client"),
  assignmentId: z.string(),
  state: z.enum(RECIPIENT_STATES),
  /** Why it can no longer be changed: reviewed by the therapist, withdrawn, or discharged. null while editable. */
  locked: z.enum(LOCK_REASONS).nullable(),
  version: z.number().int(),
  answers: storedAnswers,
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  hasUnsentChanges: z.boolean(),
  revisions: z.array(z.object({ number: z.number().int(), submittedAt: z.string() })),
  /** Answers can be shared with a partner (a couple's assignment with both partners on it, sharing not paused). */
  sharingAvailable: z.boolean(),
  /**
   * A couple's work where sharing is paused by the therapist: nothing can be marked shared (409
   * `sharing_paused`) and nothing shared is shown. The same for both partners, and never why.
   */
  sharingPaused: z.boolean(),
  partner: z
    .object({
      firstName: z.string(),
      perspective: perspectiveRef,
      submitted: z.boolean(),
      /** The partner's shared answers (values by prompt id), only once both have sent theirs; else null. */
      shared: z.record(z.string(), z.unknown()).nullable(),
    })
    .nullable(),
});
export type ClientResponseDto = z.infer<typeof clientResponseDto>;

export const clinicianRecipientResponseDto = z.object({
  clientId: z.string(),
  name: z.string(),
  perspective: perspectiveRef,
  state: z.enum(RECIPIENT_STATES),
  /** The latest submission (what was sent), or null before the first. */
  submitted: z
    .object({ revision: z.number().int(), submittedAt: z.string(), answers: storedAnswers })
    .nullable(),
  revisions: z.array(z.object({ number: z.number().int(), submittedAt: z.string() })),
  /** Unsent work: present only when the client allows their therapist to see drafts, and there is some. */
  draft: z.object({ version: z.number().int(), updatedAt: z.string(), answers: storedAnswers }).nullable(),
  draftsShared: z.boolean(),
});
export type ClinicianRecipientResponseDto = z.infer<typeof clinicianRecipientResponseDto>;

/** Everything submitted to the clinician who gave it (drafts only where the client allows it). */
export const clinicianResponsesDto = z.object({
  view: z.literal("clinician"),
  assignmentId: z.string(),
  /** A couple's sharing is paused (lib/safety): answers marked shared are not shown to the partner. */
  sharingPaused: z.boolean(),
  recipients: z.array(clinicianRecipientResponseDto),
});
export type ClinicianResponsesDto = z.infer<typeof clinicianResponsesDto>;

export const responseDto = z.discriminatedUnion("view", [clientResponseDto, clinicianResponsesDto]);
export type ResponseDto = z.infer<typeof responseDto>;

export const saveResultDto = z.object({
  version: z.number().int(),
  savedAt: z.string(),
  state: z.enum(RECIPIENT_STATES),
});
export type SaveResultDto = z.infer<typeof saveResultDto>;

export const submitResultDto = z.object({
  version: z.number().int(),
  state: z.enum(RECIPIENT_STATES),
  submittedAt: z.string(),
  /** The number of the revision these answers are kept as. */
  revision: z.number().int(),
  /** true when exactly these answers had already been sent (a repeated submit creates nothing). */
  alreadySubmitted: z.boolean(),
  /**
   * true when the partner on this couple's assignment has sent theirs too (read after this send is
   * kept), so the answers marked shared are visible to them now; false while they have not, and for
   * work that is not a couple's.
   */
  partnerSubmitted: z.boolean(),
  /**
   * true when these answers raised a risk alert: the client is shown where to get help now (988,
   * Crisis Text Line, 911) and told the therapist will see it, but not immediately.
   */
  crisisSupport: z.boolean(),
});
export type SubmitResultDto = z.infer<typeof submitResultDto>;

/** details of a 409 on a stale version: the server's current copy, so the client can choose. */
export type StaleDetails = {
  reason: "stale";
  version: number;
  answers: Record<string, { value: unknown; shared: boolean }>;
  updatedAt: string;
};
export type LockedDetails = { reason: LockReason };
