import "server-only";
import { db } from "@/lib/db";
import { holdsRole, type Actor } from "@/lib/policy/actor";
import { clientsMaySeeFeedback } from "@/lib/review/feedback-reference";
import { clientIdsOf, clinicianOf, type ThreadRow } from "./queries";

// The work (and piece of feedback) a message may refer to, one rule for the "Reply" link's page and
// for sending. A client refers to their own work. A clinician's reference is read by every client in
// the thread, so it must be work and feedback each of them already sees: in a couple's joint thread,
// never one partner's individual work or feedback only that partner reads. Anything else is treated
// as missing, so a reference can never be a way to learn that something exists.

export type Referable = {
  assignment: { id: string; title: string } | null;
  /** The feedback, when one was named and every reader of the thread can read it. */
  commentId: string | null;
};

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export async function findReferable(
  actor: Actor,
  row: ThreadRow,
  assignmentId: string,
  commentId: string | undefined,
): Promise<Referable> {
  const readers = actor.role === "CLIENT" ? [actor.userId] : clientIdsOf(row);
  if (!ID.test(assignmentId) || readers.length === 0) return { assignment: null, commentId: null };
  const assignment = await db.assignment.findFirst({
    where: {
      id: assignmentId,
      practiceId: actor.practiceId,
      AND: readers.map((clientId) => ({ recipients: { some: { clientId } } })),
      clinicianId: holdsRole(actor, "CLINICIAN") ? actor.userId : (clinicianOf(row)?.id ?? ""),
    },
    select: { id: true, exerciseVersion: { select: { title: true } } },
  });
  if (!assignment) return { assignment: null, commentId: null };
  const found = { id: assignment.id, title: assignment.exerciseVersion.title };
  if (!commentId || !ID.test(commentId)) return { assignment: found, commentId: null };
  const readable = await clientsMaySeeFeedback(actor.practiceId, readers, assignment.id, commentId);
  return { assignment: found, commentId: readable ? commentId : null };
}
