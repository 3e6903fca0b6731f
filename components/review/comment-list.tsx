// Notes and feedback as the clinician reads them: which kind, who can read it, when. Server-safe.
import type { CommentDto } from "@/lib/review/schemas";
import { firstName } from "@/components/prep/format";
import { dateTimeFormat } from "@/lib/time/formatters";
import { CommentActions } from "./comment-actions";

export function audienceWords(comment: Pick<CommentDto, "kind" | "visibleTo" | "withdrawnAt">): string {
  if (comment.kind === "PRIVATE_NOTE") return "Private note · only you";
  if (comment.withdrawnAt) return "Feedback · withdrawn, no longer shown";
  if (comment.visibleTo.length === 0) return "Feedback · not visible to anyone yet";
  return `Feedback · seen by ${comment.visibleTo.map((p) => firstName(p.name)).join(" and ")}`;
}

export function CommentList({
  comments,
  timeZone,
  showContext = false,
  editable = false,
}: {
  comments: CommentDto[];
  timeZone: string;
  /** Offer "Edit" and "Withdraw" (the prep view, where the author reviews). */
  editable?: boolean;
  /** Say which exercise and answer each is about (for the "earlier notes" list). */
  showContext?: boolean;
}) {
  if (comments.length === 0) return null;
  const when = (iso: string) =>
    dateTimeFormat("en-US", { timeZone, month: "short", day: "numeric", year: "numeric" }).format(
      new Date(iso),
    );
  return (
    <ul className="flex flex-col gap-2" data-testid="comment-list">
      {comments.map((c) => (
        <li
          key={c.id}
          className={`break-inside-avoid rounded-lg border px-3 py-2 ${c.kind === "PRIVATE_NOTE" ? "border-line bg-canvas" : "border-accent/30 bg-accent-soft"}`}
          data-kind={c.kind}
        >
          <p className="text-sm text-muted">
            <span className="font-medium text-ink">{audienceWords(c)}</span> · {when(c.createdAt)}
            {c.editedAt ? ` · edited ${when(c.editedAt)}` : ""}
          </p>
          {showContext ? (
            <p className="text-sm text-muted">
              {c.exerciseTitle}
              {c.about ? ` · ${firstName(c.about.name)}` : ""}
              {c.promptLabel ? ` · “${c.promptLabel}”` : ""}
            </p>
          ) : null}
          <p
            className={`mt-1 whitespace-pre-wrap break-words ${c.withdrawnAt ? "text-muted line-through" : ""}`}
          >
            {c.body}
          </p>
          {editable && !c.withdrawnAt ? <CommentActions comment={c} /> : null}
        </li>
      ))}
    </ul>
  );
}
