// API shapes for reviewing work: comments (private notes and feedback the client sees) and the
// review actions (mark reviewed, ask for a revision). Pure: pages and client components import the
// types and limits too.
import { z } from "zod";
import { RECIPIENT_STATES } from "@/lib/assignments/schemas";
import { idParam } from "@/lib/http/operation";

export const COMMENT_MAX_LENGTH = 5_000;
export const COMMENT_KINDS = ["PRIVATE_NOTE", "FEEDBACK"] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];

const promptId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a prompt id");
const text = z
  .string()
  .trim()
  .min(1, { error: "Please write something first." })
  .max(COMMENT_MAX_LENGTH, {
    error: `Please keep this under ${COMMENT_MAX_LENGTH.toLocaleString("en-US")} characters.`,
  });

export const createCommentBody = z
  .strictObject({
    kind: z
      .enum(COMMENT_KINDS)
      .describe(
        "PRIVATE_NOTE: only you (the clinician) ever see it. FEEDBACK: the client it is about sees it (see recipientId)",
      ),
    body: text.describe("The note or feedback (plain text)"),
    recipientId: idParam
      .optional()
      .describe(
        "Whose copy it is about (recipientId from the prep view). Without it, it is about the whole assignment and feedback is seen by everyone it was given to",
      ),
    promptId: promptId
      .optional()
      .describe(
        "The answer it is about (needs recipientId). Feedback on an answer the client shared is also seen by their partner, once both have sent theirs",
      ),
  })
  .refine((b) => b.promptId === undefined || b.recipientId !== undefined, {
    message: "Say whose answer this is about.",
    path: ["recipientId"],
  });
export type CreateCommentInput = z.infer<typeof createCommentBody>;

/** The author changes the text of their comment; the earlier text is kept (CommentRevision). */
export const editCommentBody = z.strictObject({
  body: text.describe("The new text (plain text). The client sees that it was edited"),
});
export type EditCommentInput = z.infer<typeof editCommentBody>;

export const REVIEW_ACTIONS = ["reviewed", "revision"] as const;

export const reviewBody = z
  .strictObject({
    action: z
      .enum(REVIEW_ACTIONS)
      .describe(
        "reviewed: mark what was sent as reviewed (the client can no longer change it). revision: reopen it so the client can change it and send it again",
      ),
    note: z
      .string()
      .trim()
      .max(COMMENT_MAX_LENGTH, {
        error: `Please keep the note under ${COMMENT_MAX_LENGTH.toLocaleString("en-US")} characters.`,
      })
      .optional()
      .describe("Feedback the client sees with it. Required when asking for a revision"),
    recipientId: idParam
      .optional()
      .describe(
        "Only this person's copy (recipientId from the prep view). Without it: everyone who has sent theirs",
      ),
  })
  .refine((b) => b.action !== "revision" || (b.note !== undefined && b.note.length > 0), {
    message: "Say what you would like them to look at again.",
    path: ["note"],
  });
export type ReviewInput = z.infer<typeof reviewBody>;

const person = z.object({ clientId: z.string(), name: z.string() });

/** A comment as its clinician sees it, with who else can read it. */
export const commentDto = z.object({
  id: z.string(),
  kind: z.enum(COMMENT_KINDS),
  body: z.string(),
  createdAt: z.string(),
  authorName: z.string(),
  assignmentId: z.string(),
  exerciseTitle: z.string(),
  /** Whose copy it is about (null: the whole assignment). */
  recipientId: z.string().nullable(),
  about: person.nullable(),
  promptId: z.string().nullable(),
  promptLabel: z.string().nullable(),
  /** The clients who can read it now (empty for private notes and withdrawn feedback). */
  visibleTo: z.array(person),
  /** When its author last changed the text (null: never). */
  editedAt: z.string().nullable(),
  /** When its author withdrew it (null: it stands). */
  withdrawnAt: z.string().nullable(),
});
export type CommentDto = z.infer<typeof commentDto>;

/** Feedback as a client sees it: never private notes; a partner's only under the reveal rule. */
export const clientFeedbackDto = z.object({
  id: z.string(),
  body: z.string(),
  createdAt: z.string(),
  authorName: z.string(),
  /** general: about the whole assignment; mine: about my copy or one of my answers; partner: one of their shared answers. */
  about: z.enum(["general", "mine", "partner"]),
  promptId: z.string().nullable(),
  promptLabel: z.string().nullable(),
  /** When the therapist last changed it (the client sees "edited"); null: never. */
  editedAt: z.string().nullable(),
  /** Withdrawn by the therapist: the body is empty and only the fact is shown. */
  withdrawn: z.boolean(),
  /** Written or changed since the client last opened this work. */
  isNew: z.boolean(),
  /** Their partner reads it too (general feedback on a couple's work, or on an answer one of them shared). */
  partnerSees: z.boolean(),
});
export type ClientFeedbackDto = z.infer<typeof clientFeedbackDto>;

export const commentListDto = z.discriminatedUnion("view", [
  z.object({ view: z.literal("clinician"), comments: z.array(commentDto) }),
  z.object({ view: z.literal("client"), feedback: z.array(clientFeedbackDto) }),
]);
export type CommentListDto = z.infer<typeof commentListDto>;

export const reviewResultDto = z.object({
  assignmentId: z.string(),
  recipients: z.array(
    z.object({
      recipientId: z.string(),
      clientId: z.string(),
      state: z.enum(RECIPIENT_STATES),
      reviewedAt: z.string().nullable(),
    }),
  ),
  /** The feedback comment made from the note, if any. */
  comment: commentDto.nullable(),
});
export type ReviewResultDto = z.infer<typeof reviewResultDto>;
