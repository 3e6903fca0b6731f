// What the therapist wrote back that is not about one of the client's own answers (that feedback sits
// under the answer): on the work as a whole, for them, or on an answer their partner shared. Renders
// nothing when there is none. The page loads it from lib/review: exactly the feedback this client may
// read (never private notes; a partner's only on answers they shared, once both have sent theirs).
import type { ClientFeedbackDto } from "@/lib/review/schemas";
import { FeedbackItem, feedbackReplyHref } from "./feedback-item";

export function FeedbackList({
  feedback,
  timeZone,
  clinicianName,
  anchorId = null,
  reply,
}: {
  feedback: ClientFeedbackDto[];
  timeZone: string;
  clinicianName?: string;
  /** The feedback the page opens at (the first new one), if it is in this list. */
  anchorId?: string | null;
  /** "Reply" links to messages: feedback both partners read to the joint thread, the rest to one's own. */
  reply?: { assignmentId: string; couple: boolean };
}) {
  if (feedback.length === 0) return null;
  const who = clinicianName ?? feedback[0]!.authorName;
  return (
    <section
      aria-labelledby="feedback-heading"
      className="rounded-xl border border-accent/30 bg-surface p-4 sm:p-5"
      data-testid="feedback-list"
    >
      <h2 id="feedback-heading" className="text-lg font-semibold">
        From {who}
      </h2>
      <ul className="mt-3 flex flex-col gap-4">
        {feedback.map((f) => (
          <li key={f.id}>
            <FeedbackItem
              feedback={f}
              timeZone={timeZone}
              clinicianName={who}
              anchor={f.id === anchorId}
              {...(reply ? { replyHref: feedbackReplyHref(reply, f) } : {})}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
