// API shapes for secure messages: threads (a client's or a couple's conversation with the
// clinician) and the messages in them. Pure: pages and client components import the types and limits.
import { z } from "zod";
import { idParam } from "@/lib/http/operation";

export const MESSAGE_MAX_LENGTH = 4_000;
export const OFFICE_HOURS_MAX_LENGTH = 300;
export const MESSAGES_PAGE_MAX = 100;
export const MESSAGES_PAGE_DEFAULT = 30;

export const THREAD_KINDS = ["INDIVIDUAL", "JOINT", "PRIVATE"] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

/** Client-made: the same key from the same sender is the same message (a retry finds the first one). */
export const idempotencyKey = z
  .string()
  .min(8)
  .max(80)
  .regex(/^[A-Za-z0-9_-]+$/, "must be letters, digits, - or _");

export const sendMessageBody = z.strictObject({
  body: z
    .string()
    .trim()
    .min(1, { error: "Please write something first." })
    .max(MESSAGE_MAX_LENGTH, {
      error: `Please keep a message under ${MESSAGE_MAX_LENGTH.toLocaleString("en-US")} characters.`,
    })
    .describe("Plain text. Links are shown as text: never fetched or previewed"),
  idempotencyKey: idempotencyKey.describe(
    "Made by the sender's device once per message; sending again with the same key returns the first message",
  ),
  assignmentId: idParam.optional().describe("The assignment this message replies about"),
  commentId: idParam.optional().describe("The piece of feedback this message replies about"),
});
export type SendMessageInput = z.infer<typeof sendMessageBody>;

export const openThreadBody = z.union([
  z.strictObject({ clientId: idParam.describe("Clinicians: a client of your caseload (their own thread)") }),
  z.strictObject({
    coupleId: idParam.describe("Clinicians: a couple of your caseload (their joint thread)"),
  }),
  z.strictObject({
    kind: z
      .enum(["own", "joint"])
      .describe("Clients: your own thread with your clinician, or your couple's joint thread"),
  }),
]);
export type OpenThreadInput = z.infer<typeof openThreadBody>;

export const listThreadsQuery = z.object({
  clientId: idParam
    .optional()
    .describe("Clinicians: only this client's threads (their own and their couple's)"),
  coupleId: idParam.optional().describe("Clinicians: only this couple's threads (joint and each partner's)"),
  archived: z
    .enum(["true", "false"])
    .optional()
    .describe("Clinicians: archived threads instead of the inbox"),
});
export type ListThreadsQuery = z.infer<typeof listThreadsQuery>;

export const listMessagesQuery = z.object({
  cursor: z.string().max(200).optional().describe("nextCursor of the previous page: older messages"),
  limit: z.coerce.number().int().min(1).max(MESSAGES_PAGE_MAX).optional(),
});
export type ListMessagesQuery = z.infer<typeof listMessagesQuery>;

export const markReadBody = z.strictObject({
  unread: z.boolean().optional().describe("true: mark the thread unread again (from its latest message)"),
});

export const updateThreadBody = z.strictObject({
  archived: z.boolean().describe("Clinicians: archive the thread (a new message brings it back)"),
});

export const officeHoursBody = z.strictObject({
  note: z
    .string()
    .trim()
    .max(OFFICE_HOURS_MAX_LENGTH, {
      error: `Please keep the note under ${OFFICE_HOURS_MAX_LENGTH} characters.`,
    })
    .describe(
      'What clients read above the composer, e.g. "I usually reply within two working days". Empty: none',
    ),
});

const participant = z.object({ userId: z.string(), name: z.string(), role: z.enum(["CLINICIAN", "CLIENT"]) });

export const threadDto = z.object({
  id: z.string(),
  kind: z.enum(THREAD_KINDS),
  /** In words, from the reader's side: "Alex and you", "Alex & Sam (together)", "Just you and Dana". */
  title: z.string(),
  clientId: z.string().nullable(),
  coupleId: z.string().nullable(),
  participants: z.array(participant),
  lastMessageAt: z.string().nullable(),
  unread: z.number().int(),
  archived: z.boolean(),
});
export type ThreadDto = z.infer<typeof threadDto>;

export const threadListDto = z.object({ threads: z.array(threadDto), unreadTotal: z.number().int() });
export type ThreadListDto = z.infer<typeof threadListDto>;

export const messageDto = z.object({
  id: z.string(),
  threadId: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  mine: z.boolean(),
  body: z.string(),
  idempotencyKey: z.string(),
  createdAt: z.string(),
  reference: z
    .object({ assignmentId: z.string(), commentId: z.string().nullable(), title: z.string() })
    .nullable(),
});
export type MessageDto = z.infer<typeof messageDto>;

export const messagePageDto = z.object({
  thread: threadDto,
  /** Oldest first within the page; the page is the newest messages before `cursor`. */
  messages: z.array(messageDto),
  nextCursor: z.string().nullable(),
  /** Above the composer: the clinician's office-hours note (null when none). */
  officeHours: z.string().nullable(),
});
export type MessagePageDto = z.infer<typeof messagePageDto>;

export const officeHoursDto = z.object({ note: z.string().nullable() });
export const markReadDto = z.object({ threadId: z.string(), unread: z.number().int() });
