"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { MessageDto, MessagePageDto } from "@/lib/messages/schemas";
import { MESSAGE_MAX_LENGTH } from "@/lib/messages/schemas";
import { MessageList } from "./message-list";
import { newIdempotencyKey, outboxStore, postMessage, type PendingMessage } from "./outbox";
import { MessagesQueryProvider } from "./query-provider";
import { useThread } from "./use-thread";

// A thread and its composer. Sending: the message goes into the device outbox (encrypted) first, then
// to the server with its idempotency key; it leaves the outbox only once the server has it. Offline
// (or the answer is lost), it stays and is sent when the connection returns ("online"), on the next
// poll, or the next time the page opens; the key makes every retry the same single message.

type Props = {
  threadId: string;
  userId: string;
  outboxKey: string;
  initial: MessagePageDto;
  timeZone: string;
  /** Where a referenced assignment opens: the client's page or the clinician's. */
  referenceBase: "/assignments" | "/assign";
  reference: { assignmentId: string; commentId: string | null; title: string } | null;
  aboveComposer?: React.ReactNode;
  /** Why this conversation takes no new messages (shown in place of the composer), or null. */
  closed?: string | null;
};

export function Conversation(props: Props) {
  return (
    <MessagesQueryProvider>
      <ConversationInner {...props} />
    </MessagesQueryProvider>
  );
}

function ConversationInner({
  threadId,
  userId,
  outboxKey,
  initial,
  timeZone,
  referenceBase,
  reference,
  aboveComposer,
  closed = null,
}: Props) {
  const { page, refresh } = useThread(threadId, initial);
  const store = useMemo(() => outboxStore(userId, threadId, outboxKey), [userId, threadId, outboxKey]);
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const pendingRef = useRef<PendingMessage[]>([]);
  const flushing = useRef(false);
  const [text, setText] = useState("");
  // Until React has hydrated the page, Send stays disabled (no native form submit, which would put
  // the words in the address); whatever was typed before that is picked up from the field.
  const [ready, setReady] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const typed = field.current?.value ?? "";
    if (typed) setText(typed);
    setReady(true);
  }, []);
  const [about, setAbout] = useState(reference);
  const [error, setError] = useState<string | null>(null);
  const [older, setOlder] = useState<{ messages: MessageDto[]; cursor: string | null }>({
    messages: [],
    cursor: initial.nextCursor,
  });

  const keep = useCallback(
    (next: PendingMessage[]) => {
      pendingRef.current = next;
      setPending(next);
      store.write(next.length > 0 ? next : null);
    },
    [store],
  );

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      while (pendingRef.current.length > 0) {
        const [first] = pendingRef.current;
        const outcome = await postMessage(threadId, first!);
        if (outcome === "offline") return;
        keep(pendingRef.current.filter((m) => m.idempotencyKey !== first!.idempotencyKey));
        if (outcome !== "sent") {
          // Refused (not a network problem): give the words back to the composer with the reason.
          setText((current) => (current ? current : first!.body));
          setError(outcome.error);
        }
        await refresh();
      }
    } finally {
      flushing.current = false;
    }
  }, [threadId, keep, refresh]);

  // Whatever was waiting on this device from an earlier visit is sent now (or when back online).
  useEffect(() => {
    let live = true;
    void store.read().then((saved) => {
      if (!live || !saved || saved.length === 0) return;
      const known = new Set(pendingRef.current.map((m) => m.idempotencyKey));
      keep([...pendingRef.current, ...saved.filter((m) => !known.has(m.idempotencyKey))]);
      void flush();
    });
    const online = () => void flush();
    window.addEventListener("online", online);
    const timer = window.setInterval(() => {
      if (pendingRef.current.length > 0 && navigator.onLine) void flush();
    }, 5_000);
    return () => {
      live = false;
      window.removeEventListener("online", online);
      window.clearInterval(timer);
    };
  }, [store, keep, flush]);

  async function send(event: React.FormEvent) {
    event.preventDefault();
    const body = text.trim();
    if (!body) return;
    setError(null);
    const message: PendingMessage = {
      idempotencyKey: newIdempotencyKey(),
      body,
      writtenAt: new Date().toISOString(),
      ...(about ? { assignmentId: about.assignmentId } : {}),
      ...(about?.commentId ? { commentId: about.commentId } : {}),
    };
    keep([...pendingRef.current, message]);
    setText("");
    setAbout(null);
    await flush();
  }

  async function loadOlder() {
    if (!older.cursor) return;
    const response = await fetch(
      `/api/v1/threads/${encodeURIComponent(threadId)}/messages?limit=50&cursor=${encodeURIComponent(older.cursor)}`,
    ).catch(() => null);
    if (!response?.ok) return;
    const more = (await response.json()) as MessagePageDto;
    setOlder((o) => ({ messages: [...more.messages, ...o.messages], cursor: more.nextCursor }));
  }

  const shownIds = new Set(page.messages.map((m) => m.id));
  const messages = [...older.messages.filter((m) => !shownIds.has(m.id)), ...page.messages];
  const sentKeys = new Set(messages.filter((m) => m.mine).map((m) => m.idempotencyKey));
  const referenceHref = (id: string) => `${referenceBase}/${id}`;

  return (
    <div className="flex flex-col gap-4">
      {older.cursor ? (
        <Button variant="quiet" onClick={() => void loadOlder()} className="self-center">
          Show earlier messages
        </Button>
      ) : null}
      <MessageList
        messages={messages}
        pending={pending.filter((m) => !sentKeys.has(m.idempotencyKey))}
        timeZone={timeZone}
        referenceHref={referenceHref}
      />
      {aboveComposer}
      {closed ? (
        <ClosedComposer closed={closed} unsent={text || error ? text : ""} />
      ) : (
        <form
          onSubmit={(e) => void send(e)}
          className="flex flex-col gap-2"
          data-ready={ready ? "true" : "false"}
        >
          {about ? (
            <p className="text-sm" data-testid="reply-reference">
              Replying about <span className="font-medium">{about.title}</span>
              {about.commentId ? " (feedback)" : ""}{" "}
              <Button variant="quiet" className="min-h-0 px-1 py-0 text-sm" onClick={() => setAbout(null)}>
                Remove
              </Button>
            </p>
          ) : null}
          <label htmlFor="message-body" className="font-medium">
            Your message
          </label>
          <textarea
            ref={field}
            id="message-body"
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={MESSAGE_MAX_LENGTH}
            rows={4}
            className="w-full rounded-lg border border-line bg-surface px-3 py-2 text-base"
          />
          {error ? (
            <p role="alert" className="text-sm text-danger">
              {error}
            </p>
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={!ready || !text.trim()}>
              Send
            </Button>
            <span className="text-sm text-muted" aria-live="polite">
              {pending.length > 0 ? "Will be sent when you are back online." : ""}
            </span>
          </div>
        </form>
      )}
    </div>
  );
}

/** In place of the composer: why nothing can be written, and anything this device still held. */
function ClosedComposer({ closed, unsent }: { closed: string; unsent: string }) {
  return (
    <div className="flex flex-col gap-2" data-testid="conversation-closed">
      <Notice tone="info">{closed}</Notice>
      {unsent ? (
        <div className="text-sm">
          <p className="font-medium">Not sent (kept here so you can copy it):</p>
          <p className="whitespace-pre-wrap rounded-lg border border-line bg-surface px-3 py-2">{unsent}</p>
        </div>
      ) : null}
    </div>
  );
}
