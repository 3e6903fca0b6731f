// Building comment DTOs from rows already loaded (no database access here), so the comment API and
// the prep view describe a comment, and who can read it, the same way. Pure.
import { promptsFor } from "@/lib/exercises/answers";
import type { ExerciseDefinition, Prompt } from "@/lib/exercises/schema";
import type { ClientFeedbackDto, CommentDto } from "./schemas";
import { audienceOf, canClientSee, type CopyState } from "./visibility";

export type CommentRow = {
  id: string;
  kind: "PRIVATE_NOTE" | "FEEDBACK";
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  withdrawnAt: Date | null;
  assignmentId: string;
  recipientId: string | null;
  promptId: string | null;
  author: { name: string };
};

export type RecipientInfo = {
  recipientId: string;
  clientId: string;
  name: string;
  perspectiveId: string | null;
};

/** What a comment needs to know about its assignment. */
export type AssignmentContext = {
  title: string;
  definition: ExerciseDefinition;
  recipients: readonly RecipientInfo[];
  copies: readonly CopyState[];
};

/** A copy of an assignment as both the comment API and the prep view read it. */
type CopyRow = {
  id: string;
  clientId: string;
  perspectiveId: string | null;
  submittedAt: Date | null;
  client: { user: { name: string } };
};

/** The context of an assignment's comments, from its copies and the prompts each copy's latest submission shares. */
export function assignmentContext<R extends CopyRow>(
  title: string,
  definition: ExerciseDefinition,
  recipients: readonly R[],
  sharedPromptIds: (recipient: R) => ReadonlySet<string>,
): AssignmentContext {
  return {
    title,
    definition,
    recipients: recipients.map((r) => ({
      recipientId: r.id,
      clientId: r.clientId,
      name: r.client.user.name,
      perspectiveId: r.perspectiveId,
    })),
    copies: recipients.map((r) => ({
      recipientId: r.id,
      clientId: r.clientId,
      submitted: r.submittedAt !== null,
      sharedPromptIds: sharedPromptIds(r),
    })),
  };
}

/** The prompts one copy answers; an unknown perspective (a broken pin) gives none rather than an error. */
export function safePrompts(definition: ExerciseDefinition, perspectiveId: string | null): Prompt[] {
  try {
    return promptsFor(definition, perspectiveId);
  } catch {
    return [];
  }
}

export function promptLabel(
  ctx: AssignmentContext,
  recipientId: string | null,
  promptId: string | null,
): string | null {
  if (!promptId) return null;
  const recipient = ctx.recipients.find((r) => r.recipientId === recipientId);
  const prompt = safePrompts(ctx.definition, recipient?.perspectiveId ?? null).find((p) => p.id === promptId);
  return prompt?.label ?? null;
}

export function toCommentDto(row: CommentRow, ctx: AssignmentContext): CommentDto {
  const about = ctx.recipients.find((r) => r.recipientId === row.recipientId);
  // Withdrawn feedback reaches nobody any more (the client sees only that it was withdrawn).
  const audience = new Set(row.withdrawnAt ? [] : audienceOf(row, ctx.copies));
  return {
    id: row.id,
    kind: row.kind,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    authorName: row.author.name,
    assignmentId: row.assignmentId,
    exerciseTitle: ctx.title,
    recipientId: row.recipientId,
    about: about ? { clientId: about.clientId, name: about.name } : null,
    promptId: row.promptId,
    promptLabel: promptLabel(ctx, row.recipientId, row.promptId),
    visibleTo: ctx.recipients
      .filter((r) => audience.has(r.clientId))
      .map((r) => ({ clientId: r.clientId, name: r.name }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.clientId.localeCompare(b.clientId)),
    editedAt: row.editedAt?.toISOString() ?? null,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}

/**
 * The feedback one client may read, oldest first; everything else is left out. `seenAt`: when they
 * last opened this work (null: never), so feedback written or edited since is marked new.
 */
export function toClientFeedback(
  rows: readonly CommentRow[],
  viewerRecipientId: string,
  ctx: AssignmentContext,
  seenAt: Date | null = null,
): ClientFeedbackDto[] {
  return rows
    .filter((row) => canClientSee(row, viewerRecipientId, ctx.copies))
    .map((row) => ({
      id: row.id,
      body: row.withdrawnAt ? "" : row.body,
      createdAt: row.createdAt.toISOString(),
      authorName: row.author.name,
      about:
        row.recipientId === null ? "general" : row.recipientId === viewerRecipientId ? "mine" : "partner",
      promptId: row.promptId,
      promptLabel: promptLabel(ctx, row.recipientId, row.promptId),
      editedAt: row.withdrawnAt ? null : (row.editedAt?.toISOString() ?? null),
      withdrawn: row.withdrawnAt !== null,
      isNew: row.withdrawnAt === null && isNewSince(row, seenAt),
      // Who "Reply" writes to: the joint thread only when both partners read it.
      partnerSees: audienceOf(row, ctx.copies).length > 1,
    }));
}

/** Written or changed after the client last opened the work. */
export function isNewSince(row: { createdAt: Date; editedAt: Date | null }, seenAt: Date | null): boolean {
  if (!seenAt) return true;
  return row.createdAt > seenAt || (row.editedAt !== null && row.editedAt > seenAt);
}
