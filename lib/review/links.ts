// Where a clinician reads, comments on and marks reviewed one piece of sent work: its card in the
// prep view (the only page with the review actions). Couple work opens the couple's prep view, both
// partners' answers side by side; anything else opens the client's own. Pure: emails, pages and the
// dashboard all link the same way.

export type ReviewTarget = { assignmentId: string; coupleId: string | null; clientId: string };

export function reviewHref(target: ReviewTarget): string {
  const prep = target.coupleId ? `/prep/couples/${target.coupleId}` : `/prep/clients/${target.clientId}`;
  return `${prep}#assignment-${target.assignmentId}`;
}

/** For a clinician's view of an assignment: where to review it, or null while nothing is waiting for review. */
export function waitingReviewHref(assignment: {
  id: string;
  couple: { id: string } | null;
  recipients: { clientId: string; state: string }[];
}): string | null {
  const waiting = assignment.recipients.find((r) => r.state === "SUBMITTED");
  if (!waiting) return null;
  return reviewHref({
    assignmentId: assignment.id,
    coupleId: assignment.couple?.id ?? null,
    clientId: waiting.clientId,
  });
}
