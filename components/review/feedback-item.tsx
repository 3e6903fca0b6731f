// One piece of feedback as its client reads it: what it is about, the text (or that it was
// withdrawn), when, and whether it was edited or is new since they last opened the work. Server-safe:
// the completion page renders it on the server, under the answer it refers to or in the list below.
import type { ClientFeedbackDto } from "@/lib/review/schemas";
import { dateTimeFormat } from "@/lib/time/formatters";

/** The anchor the page opens at, and the home page's "New feedback" links to. */
export const NEW_FEEDBACK_ANCHOR = "new-feedback";

function aboutWords(f: ClientFeedbackDto, underAnswer: boolean): string | null {
  if (underAnswer) return null;
  if (f.about === "general") return "On this as a whole";
  if (f.about === "partner") return "On an answer your partner shared with you";
  return f.promptLabel ? "On your answer to" : "For you";
}

/**
 * Where "Reply" leads: feedback both partners read to the couple's joint thread, feedback only this
 * client reads (their copy, a private answer, anything on individual work) to their own thread, so a
 * reply never shows the partner what the partner could not see.
 */
export function feedbackReplyHref(
  reply: { assignmentId: string; couple: boolean },
  f: Pick<ClientFeedbackDto, "id" | "partnerSees">,
): string {
  const thread = reply.couple && f.partnerSees ? "joint" : "own";
  const q = new URLSearchParams({ open: thread, assignment: reply.assignmentId, comment: f.id });
  return `/messages?${q}`;
}

export function FeedbackItem({
  feedback: f,
  timeZone,
  clinicianName,
  anchor,
  underAnswer = false,
  replyHref,
}: {
  feedback: ClientFeedbackDto;
  timeZone: string;
  clinicianName: string;
  /** The first new feedback on the page carries the anchor the page opens at. */
  anchor: boolean;
  /** Shown under the answer it is about (so it need not say which). */
  underAnswer?: boolean;
  /** A "Reply" link to the right message thread (components/messages). */
  replyHref?: string;
}) {
  const when = (iso: string) =>
    dateTimeFormat("en-US", { timeZone, dateStyle: "long" }).format(new Date(iso));
  const about = aboutWords(f, underAnswer);
  return (
    <div
      id={anchor ? NEW_FEEDBACK_ANCHOR : undefined}
      className="scroll-mt-4 rounded-lg border border-accent/30 bg-accent-soft p-3 sm:p-4"
      data-testid="feedback-item"
    >
      <p className="text-sm text-muted">
        {underAnswer ? <span className="font-medium text-ink">Feedback from {clinicianName}</span> : about}
        {f.isNew ? (
          <span className="ml-2 rounded-full bg-accent px-2 py-0.5 text-sm font-medium text-white">New</span>
        ) : null}
        {!underAnswer && f.promptLabel && f.about !== "general" ? (
          <span className="block text-base text-ink">&ldquo;{f.promptLabel}&rdquo;</span>
        ) : null}
      </p>
      {f.withdrawn ? (
        <p className="mt-2 text-base italic text-muted">{clinicianName} withdrew this feedback.</p>
      ) : (
        <p className="mt-2 whitespace-pre-wrap break-words text-lg leading-relaxed">{f.body}</p>
      )}
      <p className="mt-2 text-sm text-muted">
        {when(f.createdAt)}
        {f.editedAt ? ` · edited ${when(f.editedAt)}` : ""}
      </p>
      {replyHref && !f.withdrawn ? (
        <a
          href={replyHref}
          className="mt-1 inline-flex min-h-11 items-center text-accent underline underline-offset-4"
        >
          Reply
        </a>
      ) : null}
    </div>
  );
}
