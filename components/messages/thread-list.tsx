import type { ThreadDto } from "@/lib/messages/schemas";
import { dateTimeFormat } from "@/lib/time/formatters";

// A list of threads with their unread counts, newest first. Plain anchors (no next/link) so client
// pages ship no router JavaScript for it.

function when(iso: string | null, timeZone: string): string {
  if (!iso) return "No messages yet";
  // A cached formatter: making one per row cost ~0.25 ms each (~25 ms for a 100-thread inbox).
  return dateTimeFormat("en-US", {
    timeZone,
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  }).format(new Date(iso));
}

export function ThreadList({
  threads,
  hrefOf,
  timeZone,
  noteOf,
}: {
  threads: ThreadDto[];
  hrefOf: (thread: ThreadDto) => string;
  timeZone: string;
  /** A line under a thread's title, e.g. what the couple's agreement means for a private one. */
  noteOf?: (thread: ThreadDto) => string | null;
}) {
  return (
    <ul
      className="flex flex-col divide-y divide-line rounded-xl border border-line bg-surface"
      aria-label="Conversations"
    >
      {threads.map((t) => {
        const note = noteOf?.(t) ?? null;
        return (
          <li key={t.id} data-testid="thread">
            <a
              href={hrefOf(t)}
              className="flex min-h-14 items-center justify-between gap-3 px-4 py-3 hover:bg-canvas"
            >
              <span className="flex flex-col">
                <span className={t.unread > 0 ? "font-semibold" : ""}>{t.title}</span>
                {note ? (
                  <span className="text-sm" data-testid="thread-privacy">
                    {note}
                  </span>
                ) : null}
                <span className="text-sm text-muted">{when(t.lastMessageAt, timeZone)}</span>
              </span>
              {t.unread > 0 ? (
                <span
                  className="rounded-full bg-accent px-2.5 py-0.5 text-sm font-medium text-white"
                  data-testid="unread"
                >
                  {t.unread} unread
                </span>
              ) : null}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
