"use client";

// A private note or feedback on one answer, one person's copy or a whole assignment. Closed to a
// single quiet button until needed; says plainly who will read what is written before it is sent.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { callApi } from "@/components/forms/call-api";
import { Button } from "@/components/ui/button";
import { COMMENT_MAX_LENGTH, type CommentDto } from "@/lib/review/schemas";

export function CommentForm({
  assignmentId,
  recipientId,
  promptId,
  openLabel,
  shortLabel,
  feedbackLabel,
  feedbackAudience,
}: {
  assignmentId: string;
  recipientId?: string;
  promptId?: string;
  /** What the button that opens the form is called, e.g. "Note or feedback on Alex's answer". */
  openLabel: string;
  /** Shorter visible text for the same button where the context already says whose answer it is. */
  shortLabel?: string;
  /** e.g. "Feedback Alex sees". */
  feedbackLabel: string;
  /** Who will read feedback written here, in a sentence. */
  feedbackAudience: string;
}) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<"PRIVATE_NOTE" | "FEEDBACK">("PRIVATE_NOTE");
  const [body, setBody] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (!open) {
    return (
      <div className="no-print">
        <Button
          variant="quiet"
          className="justify-start px-0! text-left"
          onClick={() => setOpen(true)}
          aria-label={openLabel}
        >
          {shortLabel ?? openLabel}
        </Button>
        {saved ? (
          <p role="status" className="text-sm text-muted">
            {saved}
          </p>
        ) : null}
      </div>
    );
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setError("Please write something first.");
      return;
    }
    setBusy(true);
    setError(null);
    const result = await callApi<CommentDto>("POST", `/api/v1/assignments/${assignmentId}/comments`, {
      kind,
      body,
      ...(recipientId ? { recipientId } : {}),
      ...(promptId ? { promptId } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setBody("");
    setOpen(false);
    setSaved(kind === "FEEDBACK" ? "Feedback sent." : "Note saved.");
    router.refresh();
  }

  return (
    <form
      onSubmit={submit}
      className="no-print mt-2 flex flex-col gap-3 rounded-lg border border-line bg-canvas p-3"
      aria-label={openLabel}
    >
      <fieldset className="flex flex-col gap-1">
        <legend className="sr-only">What kind of comment</legend>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="radio"
            name={`${id}-kind`}
            value="PRIVATE_NOTE"
            checked={kind === "PRIVATE_NOTE"}
            onChange={() => setKind("PRIVATE_NOTE")}
            className="size-5"
          />
          <span>
            Private note <span className="text-muted">(only you)</span>
          </span>
        </label>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="radio"
            name={`${id}-kind`}
            value="FEEDBACK"
            checked={kind === "FEEDBACK"}
            onChange={() => setKind("FEEDBACK")}
            className="size-5"
          />
          <span>{feedbackLabel}</span>
        </label>
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-body`} className="font-medium">
          {kind === "FEEDBACK" ? "Your feedback" : "Your note"}
        </label>
        <p id={`${id}-who`} className="text-sm text-muted">
          {kind === "FEEDBACK"
            ? feedbackAudience
            : "Only you will see this note. It is kept with their record."}
        </p>
        <textarea
          id={`${id}-body`}
          aria-describedby={`${id}-who${error ? ` ${id}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          maxLength={COMMENT_MAX_LENGTH}
          rows={3}
          className="min-h-24 rounded-lg border border-line bg-surface px-3 py-2 text-base aria-[invalid]:border-danger"
        />
        {error ? (
          <p id={`${id}-error`} role="alert" className="text-sm text-danger">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : kind === "FEEDBACK" ? "Send feedback" : "Save note"}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
