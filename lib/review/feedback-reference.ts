import "server-only";
import { db } from "@/lib/db";
import { unsafeSharedPrompts } from "./assignment";
import { canClientSee } from "./visibility";

// Whether each of some clients may read one piece of feedback now, by the rule listClientFeedback
// applies (./visibility.ts): for a message that refers to it (lib/messages/reference.ts), which every
// client of the thread must be able to read. The comment, the copies and what is shared are read
// once for all of them. Nothing is returned or audited, so a reference can never be a way to learn
// what a partner's feedback says.

export async function clientsMaySeeFeedback(
  practiceId: string,
  clientIds: readonly string[],
  assignmentId: string,
  commentId: string,
): Promise<boolean> {
  const [comment, copies] = await Promise.all([
    db.comment.findFirst({
      where: { id: commentId, assignmentId, practiceId, kind: "FEEDBACK" },
      select: { kind: true, recipientId: true, promptId: true },
    }),
    db.assignmentRecipient.findMany({
      where: { assignmentId, assignment: { practiceId } },
      select: { id: true, clientId: true, submittedAt: true },
    }),
  ]);
  const readers = clientIds.map((id) => copies.find((c) => c.clientId === id));
  if (!comment || readers.length === 0 || readers.some((r) => !r)) return false;
  // Which answers are shared matters only for feedback on one answer of someone else's.
  const aboutOthersAnswer =
    comment.recipientId !== null &&
    comment.promptId !== null &&
    readers.some((r) => r!.id !== comment.recipientId);
  const shared = aboutOthersAnswer ? await unsafeSharedPrompts(assignmentId) : new Map<string, Set<string>>();
  const everyone = copies.map((c) => ({
    recipientId: c.id,
    clientId: c.clientId,
    submitted: c.submittedAt !== null,
    sharedPromptIds: shared.get(c.id) ?? new Set<string>(),
  }));
  return readers.every((r) => canClientSee(comment, r!.id, everyone));
}
