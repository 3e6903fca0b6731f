// The order of the prep view's "What came in", and when a piece of work was last sent. Pure: the
// builder sorts with it and the cards name each copy by its date sent.
import type { PrepAssignmentDto } from "./schemas";

/** When the last copy of a piece of work was sent (ISO; "" when nothing was). */
export function lastSentAt(a: Pick<PrepAssignmentDto, "copies">): string {
  return a.copies.reduce((max, c) => (c.submittedAt && c.submittedAt > max ? c.submittedAt : max), "");
}

/**
 * The order "What came in" reads in: complete work (every copy sent) before work still half in, each
 * newest sent first; ties by title, then due date, so the order never depends on the database's.
 */
export function prepOrder(a: PrepAssignmentDto, b: PrepAssignmentDto): number {
  const complete = (x: PrepAssignmentDto) => x.copies.every((c) => c.submittedAt !== null);
  return (
    Number(complete(b)) - Number(complete(a)) ||
    lastSentAt(b).localeCompare(lastSentAt(a)) ||
    a.title.localeCompare(b.title) ||
    a.dueAt.localeCompare(b.dueAt)
  );
}
