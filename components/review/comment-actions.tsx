"use client";

// Correcting a note or feedback after it was written: change the text (the client sees "edited"; the
// earlier text is kept) or withdraw it (the client then sees only that it was withdrawn).
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { callApi } from "@/components/forms/call-api";
import { Button } from "@/components/ui/button";
import { COMMENT_MAX_LENGTH, type CommentDto } from "@/lib/review/schemas";

export function CommentActions({ comment }: { comment: Pick<CommentDto, "id" | "kind" | "body"> }) {
  const router = useRouter();
  const id = useId();
  const [mode, setMode] = useState<"idle" | "editing" | "withdrawing">("idle");
  const [body, setBody] = useState(comment.body);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const what = comment.kind === "FEEDBACK" ? "feedback" : "note";

  async function run(method: "PATCH" | "DELETE") {
    setBusy(true);
    setError(null);
    const result = await callApi<CommentDto>(
      method,
      `/api/v1/comments/${encodeURIComponent(comment.id)}`,
      method === "PATCH" ? { body } : undefined,
    );
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setMode("idle");
    router.refresh();
  }

  if (mode === "editing") {
    return (
      <form
        className="no-print mt-2 flex flex-col gap-2"
        aria-label={`Change this ${what}`}
        onSubmit={(e) => {
          e.preventDefault();
          void run("PATCH");
        }}
      >
        <label htmlFor={`${id}-body`} className="text-sm font-medium">
          Change this {what}
        </label>
        <textarea
          id={`${id}-body`}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          maxLength={COMMENT_MAX_LENGTH}
          rows={3}
          className="min-h-24 rounded-lg border border-line bg-surface px-3 py-2 text-base"
        />
        {comment.kind === "FEEDBACK" ? (
          <p className="text-sm text-muted">They will see that it was edited.</p>
        ) : null}
        {error ? (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={busy}>
            {busy ? "Saving…" : "Save the change"}
          </Button>
          <Button variant="secondary" onClick={() => setMode("idle")} disabled={busy}>
            Cancel
          </Button>
        </div>
      </form>
    );
  }

  if (mode === "withdrawing") {
    return (
      <div className="no-print mt-2 flex flex-col gap-2" role="group" aria-label={`Withdraw this ${what}`}>
        <p className="text-sm">
          {comment.kind === "FEEDBACK"
            ? "Withdraw this feedback? They will no longer read it, only that you withdrew it."
            : "Withdraw this note? It stays in the record, marked withdrawn."}
        </p>
        {error ? (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button variant="danger" onClick={() => void run("DELETE")} disabled={busy}>
            {busy ? "Withdrawing…" : `Withdraw ${what}`}
          </Button>
          <Button variant="secondary" onClick={() => setMode("idle")} disabled={busy}>
            Keep it
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="no-print flex flex-wrap gap-x-4">
      <Button
        variant="quiet"
        className="px-0!"
        onClick={() => setMode("editing")}
        aria-label={`Edit this ${what}`}
      >
        Edit
      </Button>
      <Button
        variant="quiet"
        className="px-0!"
        onClick={() => setMode("withdrawing")}
        aria-label={`Withdraw this ${what}`}
      >
        Withdraw
      </Button>
    </div>
  );
}
