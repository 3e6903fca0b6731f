"use client";

// An exercise as the client sees it: title, time, introduction, then one input per prompt of their
// perspective. The library preview renders it with mode="preview" (try the inputs, nothing is
// kept); the completion form renders it with mode="answer" and owns the values; a submitted answer
// set can be shown with mode="readonly".
import { memo, Suspense, useCallback, useState } from "react";
import type { AnswerValues, PromptMessages, PromptValue } from "@/lib/exercises/answers";
import { promptsFor } from "@/lib/exercises/answers";
import type { ExerciseDefinition, Prompt } from "@/lib/exercises/schema";
import { minutesLabel } from "./labels";
import { PromptInput } from "./prompt-input";

export type ExerciseViewProps = {
  definition: ExerciseDefinition;
  /** Which perspective's prompts to show; required when the exercise has perspectives. */
  perspectiveId?: string | null;
  mode: "preview" | "answer" | "readonly";
  /** mode="answer" | "readonly": the answers, keyed by prompt id. */
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
  disabled,
  error,
  idPrefix,
  number,
  footer,
}: {
  prompt: Prompt;
  value: PromptValue | undefined;
  change: (promptId: string, value: PromptValue) => void;
  disabled: boolean;
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
          disabled={disabled}
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
  const perspective = definition.perspectives?.find((p) => p.id === perspectiveId);
  const shown = mode === "preview" ? previewValues : (values ?? {});
  // Stable while mode and onChange are: a prompt whose value, error and footer did not change is
  // not rendered again (PromptItem), so a keystroke or the device copy arriving does not update
  // every input on the page (React rewrites an input's name and type on each update).
  const change = useCallback(
    (promptId: string, value: PromptValue) => {
      if (mode === "preview") setPreviewValues((prev) => ({ ...prev, [promptId]: value }));
      else if (mode === "answer") onChange?.(promptId, value);
    },
    [mode, onChange],
  );
  const Title = headingLevel === 1 ? "h1" : "h2";
  const anyRequired = prompts.some((p) => p.required);
  const prefix = idPrefix ?? `ex-${definition.slug}-${perspectiveId ?? "all"}`;

  return (
    <article className="@container text-base text-ink" data-testid="exercise-view">
      <header className="mb-6">
        <Title className="text-2xl font-semibold leading-tight tracking-tight">{definition.title}</Title>
        <p className="mt-1 text-base text-muted">
          {minutesLabel(definition.estimatedMinutes)}
          {perspective ? <> · For {perspective.label.replace(/^The /, "the ")}</> : null}
        </p>
        {definition.intro ? <p className="mt-4 text-lg leading-relaxed">{definition.intro}</p> : null}
        {anyRequired && mode !== "readonly" ? (
          <p className="mt-3 text-base text-muted">
            Questions marked (required) need an answer before you send. The rest are up to you.
          </p>
        ) : null}
      </header>
      <ol className="flex flex-col gap-8">
        {prompts.map((prompt, index) => (
          <PromptItem
            key={prompt.id}
            prompt={prompt}
            value={shown[prompt.id]}
            change={change}
            disabled={mode === "readonly"}
            error={errors?.[prompt.id]}
            idPrefix={prefix}
            number={index + 1}
            footer={renderPromptFooter?.(prompt)}
          />
        ))}
      </ol>
      {definition.measure ? (
        // A published measure cites its source where it is answered.
        <p className="mt-6 text-sm text-muted" data-testid="measure-source">
          Source: {definition.measure.citation} {definition.measure.licence}
        </p>
      ) : null}
    </article>
  );
}
