import "server-only";
import { db } from "@/lib/db";
import { unsafeSharedPrompts } from "./assignment";
import { canClientSee } from "./visibility";

// Whether one client may read one piece of feedback now, by the rule listClientFeedback applies
// (./visibility.ts): for a message that refers to it (lib/messages). Nothing is returned or audited,
// so a reference can never be a way to learn what a partner's feedback says.

export async function clientMaySeeFeedback(
  client: { userId: string; practiceId: string },
  assignmentId: string,
  commentId: string,
): Promise<boolean> {
  const [comment, copies] = await Promise.all([
    db.comment.findFirst({
      where: { id: commentId, assignmentId, practiceId: client.practiceId, kind: "FEEDBACK" },
      select: { kind: true, recipientId: true, promptId: true },
    }),
    db.assignmentRecipient.findMany({
      where: { assignmentId, assignment: { practiceId: client.practiceId } },
      select: { id: true, clientId: true, submittedAt: true },
    }),
  ]);
  const mine = copies.find((c) => c.clientId === client.userId);
  if (!comment || !mine) return false;
  // Which answers are shared matters only for feedback on one of the partner's answers.
  const aboutPartnersAnswer =
    comment.recipientId !== null && comment.recipientId !== mine.id && comment.promptId !== null;
  const shared = aboutPartnersAnswer
    ? await unsafeSharedPrompts(assignmentId)
    : new Map<string, Set<string>>();
  return canClientSee(
    comment,
    mine.id,
    copies.map((c) => ({
      recipientId: c.id,
      clientId: c.clientId,
      submitted: c.submittedAt !== null,
      sharedPromptIds: shared.get(c.id) ?? new Set<string>(),
    })),
  );
}
