"use client";

// An exercise as the client sees it: title, time, introduction, then one input per prompt of their
// perspective. The library preview renders it with mode="preview" (try the inputs, nothing is
// kept); the completion form renders it with mode="answer" and owns the values. Answers that can
// no longer change are not shown here as disabled inputs: they are text, rendered on the server
// (components/responses/read-only-answers.tsx).
import { memo, Suspense, useCallback, useState } from "react";
import type { AnswerValues, PromptMessages, PromptValue } from "@/lib/exercises/answers";
import { promptsFor } from "@/lib/exercises/answers";
import type { ExerciseDefinition, Prompt } from "@/lib/exercises/schema";
import { ExerciseHeader, MeasureSource } from "./exercise-parts";
import { PromptInput } from "./prompt-input";

export type ExerciseViewProps = {
  definition: ExerciseDefinition;
  /** Which perspective's prompts to show; required when the exercise has perspectives. */
  perspectiveId?: string | null;
  mode: "preview" | "answer";
  /** mode="answer": the answers, keyed by prompt id. */
  values?: AnswerValues;
  /** mode="answer": called with every change. */
  onChange?: (promptId: string, value: PromptValue) => void;
  /** Per-prompt messages (e.g. from validateRequired). */
  errors?: PromptMessages;
  /** Rendered under each prompt's input (e.g. who will see this answer). */
  renderPromptFooter?: (prompt: Prompt) => React.ReactNode;
  /** Heading level of the exercise title (1 on its own page, 2 inside another page). */
  headingLevel?: 1 | 2;
  /** Makes input ids unique when a page shows more than one view. */
  idPrefix?: string;
};

const PromptItem = memo(function PromptItem({
  prompt,
  value,
  change,
  error,
  idPrefix,
  number,
  footer,
}: {
  prompt: Prompt;
  value: PromptValue | undefined;
  change: (promptId: string, value: PromptValue) => void;
  error: string | undefined;
  idPrefix: string;
  number: number;
  footer: React.ReactNode;
}) {
  return (
    <li className="rounded-xl border border-line bg-surface p-4 @md:p-5">
      {/* One boundary per prompt: a server-rendered page hydrates each prompt as a task of its
          own, so a long exercise never blocks a phone's main thread for long. */}
      <Suspense>
        <PromptInput
          prompt={prompt}
          value={value as never}
          onChange={(next: PromptValue) => change(prompt.id, next)}
          error={error}
          idPrefix={idPrefix}
          number={number}
          footer={footer}
        />
      </Suspense>
    </li>
  );
});

export function ExerciseView({
  definition,
  perspectiveId,
  mode,
  values,
  onChange,
  errors,
  renderPromptFooter,
  headingLevel = 2,
  idPrefix,
}: ExerciseViewProps) {
  // Preview answers live here only: they are never sent anywhere.
  const [previewValues, setPreviewValues] = useState<AnswerValues>({});
  const prompts = promptsFor(definition, perspectiveId ?? null);
  const shown = mode === "preview" ? previewValues : (values ?? {});
  // Stable while mode and onChange are: a prompt whose value, error and footer did not change is
  // not rendered again (PromptItem), so a keystroke or the device copy arriving does not update
  // every input on the page (React rewrites an input's name and type on each update).
  const change = useCallback(
    (promptId: string, value: PromptValue) => {
      if (mode === "preview") setPreviewValues((prev) => ({ ...prev, [promptId]: value }));
      else onChange?.(promptId, value);
    },
    [mode, onChange],
  );
  const anyRequired = prompts.some((p) => p.required);
  const prefix = idPrefix ?? `ex-${definition.slug}-${perspectiveId ?? "all"}`;

  return (
    <article className="@container text-base text-ink" data-testid="exercise-view">
      <ExerciseHeader definition={definition} perspectiveId={perspectiveId} headingLevel={headingLevel}>
        {anyRequired ? (
          <p className="mt-3 text-base text-muted">
            Questions marked (required) need an answer before you send. The rest are up to you.
          </p>
        ) : null}
      </ExerciseHeader>
      <ol className="flex flex-col gap-8">
        {prompts.map((prompt, index) => (
          <PromptItem
            key={prompt.id}
            prompt={prompt}
            value={shown[prompt.id]}
            change={change}
            error={errors?.[prompt.id]}
            idPrefix={prefix}
            number={index + 1}
            footer={renderPromptFooter?.(prompt)}
          />
        ))}
      </ol>
      <MeasureSource definition={definition} />
    </article>
  );
}
