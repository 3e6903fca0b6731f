// The clinician's reading of one recipient's copy: what they sent (each answer marked private or
// shared with the partner) and, where the client allows it, what they have drafted since.
import { AnswerText, answerLines } from "@/components/responses/answer-text";
import { promptsFor } from "@/lib/exercises/answers";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import { CLINICIAN_STATE_LABEL, dateTimeWords } from "@/lib/assignments/labels";
import type { ClinicianRecipientResponseDto } from "@/lib/responses/schemas";

function Answers({
  definition,
  perspectiveId,
  answers,
  isCouple,
  sharingPaused,
}: {
  definition: ExerciseDefinition;
  perspectiveId: string | null;
  answers: Record<string, { value: unknown; shared: boolean }>;
  isCouple: boolean;
  sharingPaused: boolean;
}) {
  return (
    <dl className="flex flex-col gap-4">
      {promptsFor(definition, perspectiveId).map((prompt) => {
        const entry = answers[prompt.id];
        return (
          <div key={prompt.id} className="rounded-lg border border-line p-3">
            <dt className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-medium">{prompt.label}</span>
              {isCouple && entry && answerLines(prompt, entry.value).length > 0 ? (
                <span
                  className={`rounded-full px-2 py-0.5 text-sm ${entry.shared && !sharingPaused ? "bg-accent-soft text-accent-strong" : "bg-canvas text-muted"}`}
                >
                  {entry.shared
                    ? sharingPaused
                      ? "Sharing paused · partner does not see this"
                      : "Shared with partner"
                    : "Private to you"}
                </span>
              ) : null}
            </dt>
            <dd className="mt-1">
              <AnswerText prompt={prompt} value={entry?.value} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

export function RecipientAnswers({
  recipient,
  definition,
  isCouple,
  sharingPaused = false,
  timeZone,
}: {
  recipient: ClinicianRecipientResponseDto;
  definition: ExerciseDefinition;
  isCouple: boolean;
  /** The couple's sharing is paused: an answer marked shared is not shown to the partner. */
  sharingPaused?: boolean;
  timeZone: string;
}) {
  const headingId = `answers-${recipient.clientId}`;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4 sm:p-5"
    >
      <header>
        <h3 id={headingId} className="text-lg font-semibold">
          {recipient.name}
          {recipient.perspective ? (
            <span className="font-normal text-muted"> · {recipient.perspective.label}</span>
          ) : null}
        </h3>
        <p className="text-muted">
          {CLINICIAN_STATE_LABEL[recipient.state]}
          {recipient.submitted
            ? ` · last sent ${dateTimeWords(new Date(recipient.submitted.submittedAt), timeZone)}`
            : ""}
          {recipient.revisions.length > 1 ? ` · sent ${recipient.revisions.length} times` : ""}
        </p>
      </header>
      {recipient.submitted ? (
        <Answers
          definition={definition}
          perspectiveId={recipient.perspective?.id ?? null}
          answers={recipient.submitted.answers}
          isCouple={isCouple}
          sharingPaused={sharingPaused}
        />
      ) : (
        <p className="text-muted">
          Nothing sent yet.{" "}
          {recipient.draftsShared
            ? ""
            : "Drafts stay private until they send them (they can choose to let you see drafts)."}
        </p>
      )}
      {recipient.draft ? (
        <details className="rounded-lg border border-dashed border-line p-3">
          <summary className="min-h-11 cursor-pointer py-2 font-medium">
            Not sent yet: their draft (they allow you to see drafts), saved{" "}
            {dateTimeWords(new Date(recipient.draft.updatedAt), timeZone)}
          </summary>
          <div className="mt-3">
            <Answers
              definition={definition}
              perspectiveId={recipient.perspective?.id ?? null}
              answers={recipient.draft.answers}
              isCouple={isCouple}
              sharingPaused={sharingPaused}
            />
          </div>
        </details>
      ) : null}
    </section>
  );
}
