"use client";

// The two review decisions on one assignment: mark what was sent as reviewed (the client can no
// longer change it), or ask for another look with a note (reopens it for them).
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { callApi } from "@/components/forms/call-api";
import { Button } from "@/components/ui/button";
import { COMMENT_MAX_LENGTH } from "@/lib/review/schemas";

export type ReviewCopy = { recipientId: string; firstName: string; state: string; sent: boolean };

export function ReviewActions({
  assignmentId,
  title,
  copies,
}: {
  assignmentId: string;
  title: string;
  copies: ReviewCopy[];
}) {
  const router = useRouter();
  const id = useId();
  const [mode, setMode] = useState<"idle" | "revision">("idle");
  const [who, setWho] = useState<string>("all");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const sent = copies.filter((c) => c.sent);
  const toReview = copies.filter((c) => c.state === "SUBMITTED" || c.state === "REVISION_REQUESTED");
  const reopenable = copies.filter((c) => c.sent && (c.state === "SUBMITTED" || c.state === "REVIEWED"));
  const names = (list: ReviewCopy[]) => list.map((c) => c.firstName).join(" and ");

  async function send(body: Record<string, unknown>, message: string) {
    setBusy(true);
    setError(null);
    const result = await callApi("POST", `/api/v1/assignments/${assignmentId}/review`, body);
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setDone(message);
    setMode("idle");
    setNote("");
    router.refresh();
  }

  if (sent.length === 0) return null;

  return (
    <div className="no-print flex flex-col gap-3" aria-label={`Review ${title}`} role="group">
      {mode === "idle" ? (
        <div className="flex flex-wrap items-center gap-2">
          {toReview.length > 0 ? (
            <Button
              disabled={busy}
              onClick={() =>
                void send(
                  { action: "reviewed" },
                  `Marked reviewed. ${names(toReview)} can no longer change it.`,
                )
              }
            >
              Mark reviewed{copies.length > 1 ? ` (${names(toReview)})` : ""}
            </Button>
          ) : null}
          {reopenable.length > 0 ? (
            <Button variant="secondary" disabled={busy} onClick={() => setMode("revision")}>
              Ask for another look
            </Button>
          ) : null}
        </div>
      ) : (
        <form
          className="flex flex-col gap-3 rounded-lg border border-line bg-canvas p-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (!note.trim()) {
              setError("Say what you would like them to look at again.");
              return;
            }
            const target = reopenable.find((c) => c.recipientId === who);
            void send(
              { action: "revision", note, ...(target ? { recipientId: target.recipientId } : {}) },
              `Sent back to ${target ? target.firstName : names(reopenable)} with your note.`,
            );
          }}
        >
          {reopenable.length > 1 ? (
            <fieldset className="flex flex-col gap-1">
              <legend className="font-medium">Who should take another look?</legend>
              {[{ recipientId: "all", firstName: `Both (${names(reopenable)})` }, ...reopenable].map((c) => (
                <label key={c.recipientId} className="flex min-h-11 items-center gap-3">
                  <input
                    type="radio"
                    name={`${id}-who`}
                    value={c.recipientId}
                    checked={who === c.recipientId}
                    onChange={() => setWho(c.recipientId)}
                    className="size-5"
                  />
                  {c.firstName}
                </label>
              ))}
            </fieldset>
          ) : null}
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-note`} className="font-medium">
              Your note
            </label>
            <p id={`${id}-hint`} className="text-sm text-muted">
              {reopenable.length > 1 && who === "all"
                ? `${names(reopenable)} will both see this note.`
                : `Only ${(reopenable.find((c) => c.recipientId === who) ?? reopenable[0])!.firstName} will see this note.`}{" "}
              It reopens their answers so they can change them and send again.
            </p>
            <textarea
              id={`${id}-note`}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
              aria-invalid={error ? true : undefined}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={COMMENT_MAX_LENGTH}
              rows={3}
              className="min-h-24 rounded-lg border border-line bg-surface px-3 py-2 text-base aria-[invalid]:border-danger"
            />
          </div>
          {error ? (
            <p id={`${id}-error`} role="alert" className="text-sm text-danger">
              {error}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={busy}>
              {busy ? "Sending…" : "Send back with note"}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setMode("idle")}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      {mode === "idle" && error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      {done ? (
        <p role="status" className="text-sm text-muted">
          {done}
        </p>
      ) : null}
    </div>
  );
}
