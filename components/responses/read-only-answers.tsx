// Answers that can no longer change (reviewed, withdrawn, or kept after a discharge) as the client
// reads them on their work page: each question a heading, the answer under it as text in full, never
// a disabled input. A disabled textarea cuts a long answer off (it does not grow with its text in
// Safari or Firefox, and iOS may not scroll it), and reads to a screen reader as a control that
// cannot be used. Rendered on the server: none of it adds to the completion page's JavaScript.
import { ExerciseHeader, MeasureSource } from "@/components/exercises/exercise-parts";
import { promptsFor } from "@/lib/exercises/answers";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import { AnswerText } from "./answer-text";
import { Visibility, type Sharing } from "./visibility";

const ignore = () => undefined;

export function ReadOnlyAnswers({
  definition,
  perspectiveId,
  answers,
  sharing,
  answerFeedback,
  idPrefix = "answer",
}: {
  definition: ExerciseDefinition;
  perspectiveId: string | null;
  /** The answers kept, keyed by prompt id, each with whether it was shared with the partner. */
  answers: Record<string, { value: unknown; shared: boolean } | undefined>;
  /** Who sees each answer (as in the completion form, without the choice). */
  sharing: Sharing;
  /** Feedback on each answer, shown under it (by prompt id). */
  answerFeedback?: Record<string, React.ReactNode>;
  /** Makes heading ids unique, as the completion form's inputs are ("answer-<prompt id>-label"). */
  idPrefix?: string;
}) {
  return (
    <article className="@container text-base text-ink" data-testid="read-only-answers">
      <ExerciseHeader definition={definition} perspectiveId={perspectiveId} headingLevel={1} />
      <ol className="flex flex-col gap-8">
        {promptsFor(definition, perspectiveId).map((prompt, index) => {
          const headingId = `${idPrefix}-${prompt.id}-label`;
          const answer = answers[prompt.id];
          return (
            <li key={prompt.id} className="rounded-xl border border-line bg-surface p-4 @md:p-5">
              {/* A group named by its question: the answer is read with the question it answers. */}
              <div role="group" aria-labelledby={headingId} data-prompt-id={prompt.id}>
                <h2 id={headingId} className="text-lg font-medium leading-snug">
                  <span className="mr-1 text-muted">{index + 1}.</span>
                  {prompt.label}
                </h2>
                <div className="mt-2 leading-relaxed" data-testid="answer">
                  <AnswerText prompt={prompt} value={answer?.value} />
                </div>
                <div className="mt-3">
                  <Visibility
                    prompt={prompt}
                    shared={answer?.shared ?? false}
                    onChange={ignore}
                    sharing={sharing}
                    readOnly
                  />
                  {answerFeedback?.[prompt.id] ?? null}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <MeasureSource definition={definition} />
    </article>
  );
}
