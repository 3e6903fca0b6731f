import "server-only";
import { clientScope } from "@/lib/assignments/scope";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { assertActsAsClient } from "@/lib/policy/assignments";
import { assertCan } from "@/lib/policy/permissions";
import { isNewSince } from "./dto";

// Which of a client's assignments have feedback written or changed since they last opened them (the
// home page's "New feedback"). Counted: feedback to everyone on the work and feedback to this client,
// not withdrawn. Feedback on an answer the partner shared is left out: it is about the partner's
// copy, and whether the client may read it depends on the reveal rule, checked on the work page.

export async function assignmentsWithNewFeedback(actor: Actor): Promise<Set<string>> {
  assertCan(actor, "read:assignment:own");
  assertActsAsClient(actor);
  const copies = await db.assignmentRecipient.findMany({
    where: { clientId: actor.userId, assignment: clientScope(actor) },
    select: {
      id: true,
      assignmentId: true,
      feedbackSeenAt: true,
      assignment: {
        select: {
          comments: {
            where: { kind: "FEEDBACK", withdrawnAt: null, practiceId: actor.practiceId },
            select: { recipientId: true, createdAt: true, editedAt: true },
          },
        },
      },
    },
  });
  const out = new Set<string>();
  for (const copy of copies) {
    const mine = copy.assignment.comments.filter((c) => c.recipientId === null || c.recipientId === copy.id);
    if (mine.some((c) => isNewSince(c, copy.feedbackSeenAt))) out.add(copy.assignmentId);
  }
  return out;
}
