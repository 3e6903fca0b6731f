// What the therapist wrote back, on a client's own assignment page. Renders nothing until there is
// feedback. The page loads it from lib/review: exactly the feedback this client may read (never
// private notes; a partner's only on answers they shared, once both have sent theirs).
import type { ClientFeedbackDto } from "@/lib/review/schemas";
import { dateTimeFormat } from "@/lib/time/formatters";

export function FeedbackList({
  feedback,
  timeZone,
  clinicianName,
  reply,
}: {
  feedback: ClientFeedbackDto[];
  timeZone: string;
  clinicianName?: string;
  /** "Reply" links to messages: feedback on one's own work to one's own thread, the rest to the joint one. */
  reply?: { assignmentId: string; couple: boolean };
}) {
  if (feedback.length === 0) return null;
  const who = clinicianName ?? feedback[0]!.authorName;
  const when = (iso: string) =>
    dateTimeFormat("en-US", { timeZone, dateStyle: "long" }).format(new Date(iso));
  return (
    <section
      aria-labelledby="feedback-heading"
      className="rounded-xl border border-accent/30 bg-accent-soft p-4 sm:p-5"
      data-testid="feedback-list"
    >
      <h2 id="feedback-heading" className="text-lg font-semibold">
        From {who}
      </h2>
      <ul className="mt-3 flex flex-col gap-4">
        {feedback.map((f) => (
          <li key={f.id} className="rounded-lg bg-surface p-3 sm:p-4">
            <p className="text-sm text-muted">
              {f.about === "general"
                ? "On this as a whole"
                : f.about === "partner"
                  ? "On an answer your partner shared with you"
                  : f.promptLabel
                    ? "On your answer to"
                    : "For you"}
              {f.promptLabel && f.about !== "general" ? (
                <span className="block text-base text-ink">&ldquo;{f.promptLabel}&rdquo;</span>
              ) : null}
            </p>
            <p className="mt-2 whitespace-pre-wrap break-words text-lg leading-relaxed">{f.body}</p>
            <p className="mt-2 text-sm text-muted">{when(f.createdAt)}</p>
            {reply ? (
              <a
                href={replyHref(reply, f)}
                className="mt-1 inline-flex min-h-11 items-center text-accent underline underline-offset-4"
              >
                Reply
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function replyHref(reply: { assignmentId: string; couple: boolean }, f: ClientFeedbackDto): string {
  const thread = reply.couple && f.about !== "mine" ? "joint" : "own";
  const q = new URLSearchParams({ open: thread, assignment: reply.assignmentId, comment: f.id });
  return `/messages?${q}`;
}
