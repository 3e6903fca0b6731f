// Who may read a comment. Pure: the services, the prep view ("who will see this") and the unit tests
// share it, so the rule is written once.
//
// - A PRIVATE_NOTE is for the clinician only. No client ever sees it.
// - FEEDBACK about the whole assignment (no recipient) is addressed to everyone it was given to.
// - FEEDBACK about one person's copy or answer is seen by that person.
// - Their partner sees it only when it is about one answer, that answer is marked shared in the
//   person's latest submission, and both partners have sent theirs: exactly the rule under which
//   the partner sees the answer itself. Feedback about a private answer, or general feedback to one
//   partner (e.g. a revision note), never reaches the other.
// The rule is applied when the comment is read, so an answer later made private again takes its
// feedback with it.

export type CommentScope = {
  kind: "PRIVATE_NOTE" | "FEEDBACK";
  recipientId: string | null;
  promptId: string | null;
};

/** One copy of the assignment: whether it was sent, and which prompts its latest submission shares. */
export type CopyState = {
  recipientId: string;
  clientId: string;
  submitted: boolean;
  sharedPromptIds: ReadonlySet<string>;
};

export function canClientSee(
  comment: CommentScope,
  viewerRecipientId: string,
  copies: readonly CopyState[],
): boolean {
  if (comment.kind !== "FEEDBACK") return false;
  const viewer = copies.find((c) => c.recipientId === viewerRecipientId);
  if (!viewer) return false;
  if (comment.recipientId === null) return true;
  if (comment.recipientId === viewer.recipientId) return true;
  const subject = copies.find((c) => c.recipientId === comment.recipientId);
  if (!subject || comment.promptId === null) return false;
  return viewer.submitted && subject.submitted && subject.sharedPromptIds.has(comment.promptId);
}

/** The clients who can read the comment now (for "who will see this" in the clinician's view). */
export function audienceOf(comment: CommentScope, copies: readonly CopyState[]): string[] {
  return copies.filter((c) => canClientSee(comment, c.recipientId, copies)).map((c) => c.clientId);
}

/** Who a new feedback on this answer would reach, before it is written (for the form's wording). */
export function feedbackAudience(
  target: { recipientId: string | null; promptId: string | null },
  copies: readonly CopyState[],
): string[] {
  return audienceOf({ kind: "FEEDBACK", ...target }, copies);
}
