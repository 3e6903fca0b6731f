// One piece of sent work in the prep view. A couple's copies sit side by side, prompt by prompt (two
// columns on wider screens; stacked on phones, every answer labelled with whose it is). Every answer
// says who can see it, and whether it changed since the previous time it was sent.
import { CLINICIAN_STATE_LABEL } from "@/lib/assignments/labels";
import { lastSentAt } from "@/lib/prep/order";
import type { PrepAnswerDto, PrepAssignmentDto, PrepCopyDto } from "@/lib/prep/schemas";
import { feedbackAudience, feedbackLabel, privacyTag } from "@/lib/prep/privacy-words";
import type { CommentDto } from "@/lib/review/schemas";
import { CommentForm } from "@/components/review/comment-form";
import { CommentList } from "@/components/review/comment-list";
import { ReviewActions } from "@/components/review/review-actions";
import { firstName, perspectiveWords, shortDate, shortDateTime } from "./format";

// On paper a tag is a few quiet words: no pill, no fill.
const TAG =
  "inline-flex items-center rounded-full border px-2 py-0.5 text-sm print:border-0 print:bg-transparent print:p-0 print:text-xs print:italic";

function scaleHint(scale: NonNullable<PrepAnswerDto["scale"]>): string {
  return `${scale.min} = ${scale.minLabel}, ${scale.max} = ${scale.maxLabel}`;
}

function copyHeading(copy: PrepCopyDto): string {
  return `${firstName(copy.name)}${copy.perspective ? ` · ${perspectiveWords(copy.perspective.label)}` : ""}`;
}

const TAG_TONE = {
  shared: "border-accent/30 bg-accent-soft",
  paused: "border-line text-muted",
  private: "border-line text-muted",
} as const;

function PrivacyTag({
  answer,
  partnerName,
  paused,
}: {
  answer: PrepAnswerDto;
  partnerName: string | null;
  paused: boolean;
}) {
  const tag = privacyTag(answer, partnerName, paused);
  if (!tag) return null;
  return (
    <span className={`${TAG} ${TAG_TONE[tag.kind]}`} data-privacy={tag.kind}>
      {tag.text}
    </span>
  );
}

function AnswerCell({
  assignment,
  copy,
  partner,
  answer,
  number,
  showPrompt,
  comments,
  timeZone,
  twoUp,
  showPrivacy,
  canReview,
}: {
  assignment: PrepAssignmentDto;
  copy: PrepCopyDto;
  partner: PrepCopyDto | null;
  answer: PrepAnswerDto;
  number: number;
  showPrompt: boolean;
  comments: CommentDto[];
  timeZone: string;
  /** Both partners' answers are shown side by side (each cell then names whose it is). */
  twoUp: boolean;
  /** Mark each answer shared or private (couple work where something was shared). */
  showPrivacy: boolean;
  /** Comments are open (the licence rule); otherwise the prep view says why, once, at the top. */
  canReview: boolean;
}) {
  const me = firstName(copy.name);
  return (
    <div
      className="flex min-w-0 flex-col gap-2 border-t border-line pt-3 md:rounded-lg md:border md:p-3 print:gap-0.5 print:border-0 print:p-0"
      data-testid="answer-cell"
      data-client={copy.clientId}
    >
      {twoUp ? (
        <p className="text-sm font-medium text-accent md:sr-only print:hidden">{copyHeading(copy)}</p>
      ) : null}
      {showPrompt ? (
        <p className="text-sm text-muted">
          {number}. {answer.label}
        </p>
      ) : null}
      {answer.lines.length === 0 ? (
        <p className="italic text-muted">Left blank</p>
      ) : answer.scale && answer.scale.value !== null ? (
        <p>
          <span className="text-2xl font-semibold tabular-nums print:text-base">{answer.scale.value}</span>
          <span className="text-muted"> of {answer.scale.max}</span>
          {showPrompt ? (
            <span className="block text-sm text-muted print:hidden">{scaleHint(answer.scale)}</span>
          ) : null}
        </p>
      ) : answer.lines.length === 1 || answer.kind === "long_text" || answer.kind === "short_text" ? (
        <p className="whitespace-pre-wrap break-words">{answer.lines.join("\n")}</p>
      ) : (
        <ul className="list-disc pl-5">
          {answer.lines.map((line, i) => (
            <li key={i} className="whitespace-pre-wrap break-words">
              {line}
            </li>
          ))}
        </ul>
      )}
      {showPrivacy || answer.changed ? (
        <p className="flex flex-wrap gap-2">
          {showPrivacy ? (
            <PrivacyTag
              answer={answer}
              partnerName={partner ? firstName(partner.name) : null}
              paused={assignment.sharingPaused}
            />
          ) : null}
          {answer.changed ? (
            <span className={`${TAG} border-warn/30 bg-warn-soft`}>
              Changed since version {(copy.revision ?? 2) - 1}
            </span>
          ) : null}
        </p>
      ) : null}
      <CommentList comments={comments} timeZone={timeZone} editable />
      {canReview && answer.lines.length > 0 ? (
        <CommentForm
          assignmentId={assignment.id}
          recipientId={copy.recipientId}
          promptId={answer.promptId}
          openLabel={`Note or feedback on ${me}'s answer`}
          shortLabel="Add a note or feedback"
          feedbackLabel={feedbackLabel(copy, answer, partner, assignment.forCouple, assignment.sharingPaused)}
          feedbackAudience={feedbackAudience(
            copy,
            answer,
            partner,
            assignment.forCouple,
            assignment.sharingPaused,
          )}
        />
      ) : null}
    </div>
  );
}

export function AssignmentCard({
  assignment,
  timeZone,
  canReview = true,
  nested = false,
}: {
  assignment: PrepAssignmentDto;
  timeZone: string;
  /** Review and comments are open now (the licence rule); when not, the prep view says why at the top. */
  canReview?: boolean;
  nested?: boolean;
}) {
  const sent = assignment.copies.filter((c) => c.revision !== null);
  const unsent = assignment.copies.filter((c) => c.revision === null);
  const partnerOf = (copy: PrepCopyDto) =>
    assignment.copies.find((c) => c.recipientId !== copy.recipientId) ?? null;
  const rowCount = Math.max(0, ...sent.map((c) => c.answers.length));
  const rows = Array.from({ length: rowCount }, (_, i) => sent.map((c) => c.answers[i] ?? null));
  const samePrompts = sent.length === 2 && rows.every((r) => r[0]?.promptId === r[1]?.promptId);
  const commentsOn = (recipientId: string | null, promptId: string | null) =>
    assignment.comments.filter((c) => c.recipientId === recipientId && c.promptId === promptId);
  // Feedback on the whole of it reaches everyone it was given to (a partner's copy may not be shown here).
  const everyone =
    assignment.copies.map((c) => firstName(c.name)).join(" and ") +
    (assignment.forCouple && assignment.copies.length < 2 ? " and their partner" : "");
  const generalComments = assignment.comments.filter((c) => c.promptId === null);
  // Couple work where nothing was shared says so once, instead of "private" on every answer.
  const someShared =
    assignment.forCouple && sent.some((c) => c.answers.some((x) => x.shared && x.lines.length > 0));

  return (
    <article
      id={`assignment-${assignment.id}`}
      className={`scroll-mt-6 ${nested ? "p-2" : "rounded-xl border border-line bg-surface p-4 shadow-sm sm:p-5"} print:break-inside-auto print:rounded-none print:border-0 print:border-t print:p-0 print:pt-3 print:shadow-none`}
      aria-labelledby={`assignment-${assignment.id}-title`}
      data-testid="prep-assignment"
    >
      <header className="mb-4 flex flex-col gap-1 print:mb-2 print:gap-0">
        <h3 id={`assignment-${assignment.id}-title`} className="text-lg font-semibold">
          {assignment.title}{" "}
          <span className="font-normal text-muted">
            {lastSentAt(assignment) ? `· sent ${shortDate(lastSentAt(assignment), timeZone)}, ` : "· "}
            due {shortDate(assignment.dueAt, timeZone)}
          </span>
        </h3>
        <ul className="flex flex-col gap-0.5 text-sm text-muted sm:flex-row sm:flex-wrap sm:gap-x-4">
          {assignment.copies.map((c) => (
            <li key={c.recipientId}>
              <span className="font-medium text-ink">{firstName(c.name)}</span>:{" "}
              {c.submittedAt
                ? `sent ${shortDateTime(c.submittedAt, timeZone)}`
                : CLINICIAN_STATE_LABEL[c.state].toLowerCase()}
              {c.revision && c.revision > 1 ? ` (version ${c.revision})` : ""}
              {c.isNew ? <span className="ml-1 rounded bg-accent-soft px-1.5 text-ink">new</span> : null}
              {c.state === "REVIEWED"
                ? " · reviewed"
                : c.state === "REVISION_REQUESTED"
                  ? " · asked to revise"
                  : ""}
            </li>
          ))}
        </ul>
        {assignment.note ? (
          <p className="whitespace-pre-line break-words text-sm text-muted">
            Your note to them: {assignment.note}
          </p>
        ) : null}
        {!assignment.forCouple ? <p className="text-sm text-muted">Only you see these answers.</p> : null}
        {assignment.forCouple && !someShared && sent.length > 0 ? (
          <p className="text-sm text-muted">
            Nothing here was shared between them: only you see these answers.
          </p>
        ) : null}
        {assignment.forCouple && someShared && assignment.sharingPaused ? (
          <p className="text-sm text-muted" data-testid="sharing-paused">
            Sharing between them is paused: each sees only their own answers.
          </p>
        ) : null}
      </header>

      {unsent.length > 0 && sent.length > 0 ? (
        <p className="mb-3 rounded-lg border border-dashed border-line px-3 py-2 text-muted">
          {unsent.map((c) => firstName(c.name)).join(" and ")} {unsent.length === 1 ? "hasn't" : "haven't"}{" "}
          sent theirs yet
          {unsent.some((c) => c.state === "IN_PROGRESS") ? " (started)" : ""}.
        </p>
      ) : null}

      {sent.length === 1 && assignment.copies.length > 1 ? (
        <h4 className="mb-1 font-medium text-accent">{copyHeading(sent[0]!)}</h4>
      ) : null}
      {sent.length === 2 ? (
        <div
          className="mb-2 hidden grid-cols-2 gap-4 border-b border-line pb-2 md:grid print:grid"
          aria-hidden="true"
        >
          {sent.map((c) => (
            <p key={c.recipientId} className="font-medium">
              {copyHeading(c)}
            </p>
          ))}
        </div>
      ) : null}

      <ol className="flex flex-col gap-4 print:gap-1.5">
        {rows.map((cells, i) => (
          // A row nobody answered is left off the printed sheet (it says "Left blank" on screen).
          <li
            key={i}
            className={`flex flex-col gap-2 break-inside-avoid print:gap-0.5 ${cells.every((c) => !c || c.lines.length === 0) ? "print:hidden" : ""}`}
          >
            {samePrompts ? (
              <p className="text-sm text-muted">
                {i + 1}. {cells[0]!.label}
                {cells[0]!.scale ? (
                  <span className="block print:hidden">{scaleHint(cells[0]!.scale)}</span>
                ) : null}
              </p>
            ) : null}
            <div
              className={
                sent.length === 2 ? "grid gap-3 md:grid-cols-2 md:gap-4 print:grid-cols-2" : "grid gap-3"
              }
            >
              {cells.map((answer, j) => {
                const copy = sent[j]!;
                if (!answer) return <div key={copy.recipientId} className="hidden md:block" />;
                return (
                  <AnswerCell
                    key={copy.recipientId}
                    assignment={assignment}
                    copy={copy}
                    partner={partnerOf(copy)}
                    answer={answer}
                    number={i + 1}
                    showPrompt={!samePrompts}
                    comments={commentsOn(copy.recipientId, answer.promptId)}
                    timeZone={timeZone}
                    twoUp={sent.length === 2}
                    showPrivacy={someShared}
                    canReview={canReview}
                  />
                );
              })}
            </div>
          </li>
        ))}
      </ol>

      <footer className="mt-5 flex flex-col gap-3 border-t border-line pt-4 print:mt-2 print:border-0 print:pt-1">
        {generalComments.length > 0 ? (
          <div className="flex flex-col gap-2">
            <h4 className="text-sm font-medium text-muted">Notes and feedback on the whole of it</h4>
            <CommentList comments={generalComments} timeZone={timeZone} editable />
          </div>
        ) : null}
        {canReview ? (
          <>
            <ReviewActions
              assignmentId={assignment.id}
              title={assignment.title}
              copies={assignment.copies.map((c) => ({
                recipientId: c.recipientId,
                firstName: firstName(c.name),
                state: c.state,
                sent: c.revision !== null,
              }))}
            />
            <CommentForm
              assignmentId={assignment.id}
              openLabel="Note or feedback on the whole of it"
              feedbackLabel={`Feedback ${everyone} ${everyone.includes(" and ") ? "see" : "sees"}`}
              feedbackAudience={`${everyone} will see this feedback.`}
            />
          </>
        ) : (
          <p className="text-sm text-muted print:hidden">
            Reviewing and commenting are paused: the reason is at the top of this page.
          </p>
        )}
      </footer>
    </article>
  );
}
