import type { MessageDto } from "@/lib/messages/schemas";
import { dateTimeFormat } from "@/lib/time/formatters";
import type { PendingMessage } from "./outbox";

// The messages of a thread, oldest first. Text only: a message is rendered as text (React escapes
// it) with its line breaks kept; a link in it is shown as text, never fetched, previewed or made
// clickable.

function when(iso: string, timeZone: string): string {
  // A cached formatter: making one per message costs ~0.25 ms each (lib/time/formatters.ts).
  return dateTimeFormat("en-US", {
    timeZone,
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  }).format(new Date(iso));
}

export function MessageList({
  messages,
  pending,
  timeZone,
  referenceHref,
}: {
  messages: MessageDto[];
  pending: PendingMessage[];
  timeZone: string;
  referenceHref: (assignmentId: string) => string;
}) {
  if (messages.length === 0 && pending.length === 0)
    return <p className="py-6 text-center text-muted">No messages yet.</p>;
  return (
    <ol className="flex flex-col gap-3" aria-label="Messages">
      {messages.map((m) => (
        <li
          key={m.id}
          className={`max-w-[85%] rounded-xl border px-4 py-3 ${
            m.mine ? "self-end border-accent-soft bg-accent-soft" : "self-start border-line bg-surface"
          }`}
          data-testid="message"
        >
          <p className="text-sm text-muted">
            <span className="font-medium text-ink">{m.mine ? "You" : m.authorName}</span> ·{" "}
            <time dateTime={m.createdAt}>{when(m.createdAt, timeZone)}</time>
          </p>
          {m.reference ? (
            <p className="mt-1 text-sm">
              About:{" "}
              <a
                className="text-accent underline underline-offset-4"
                href={referenceHref(m.reference.assignmentId)}
              >
                {m.reference.title}
              </a>
              {m.reference.commentId ? " (feedback)" : ""}
            </p>
          ) : null}
          <p className="mt-1 break-words whitespace-pre-wrap">{m.body}</p>
        </li>
      ))}
      {pending.map((m) => (
        <li
          key={m.idempotencyKey}
          className="max-w-[85%] self-end rounded-xl border border-dashed border-line bg-surface px-4 py-3"
          data-testid="pending-message"
        >
          <p className="text-sm text-muted">You · waiting to send (kept on this device)</p>
          <p className="mt-1 break-words whitespace-pre-wrap">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}
