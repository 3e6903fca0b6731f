"use client";

// One controlled input per prompt kind. Used by the library preview and by the client's completion
// form: the caller owns the value (drafts, autosave, sharing) and gets every change via onChange.
//
// Layout uses container queries (@container on ExerciseView), not viewport breakpoints, so a
// preview framed at phone width lays out exactly as it does on a phone.
import { lazy, Suspense, useId } from "react";
import { emptyValueFor, type LogEntry, type PromptValueByKind } from "@/lib/exercises/answers";
import type { Prompt } from "@/lib/exercises/schema";
import { groupThousands } from "./labels";
import {
  CHECK,
  CHOICE_ROW,
  CONTROL,
  describedBy,
  Group,
  HelpAndError,
  Heading,
  ids,
  type Inner,
} from "./prompt-parts";

export type PromptInputProps<P extends Prompt = Prompt> = {
  prompt: P;
  /** The current value; undefined shows the prompt empty. */
  value: PromptValueByKind[P["kind"]] | undefined;
  onChange: (value: PromptValueByKind[P["kind"]]) => void;
  /** A message about this answer (from validateRequired or the server). */
  error?: string;
  /** Makes element ids unique when one page shows the same prompt twice. */
  idPrefix?: string;
  /** Position shown before the label, e.g. "3". */
  number?: number;
  /** Rendered under the input (e.g. who will see this answer). */
  footer?: React.ReactNode;
};

// Log prompts are in few exercises and need the most code: fetched only when one is shown.
const LogPrompt = lazy(() => import("./log-prompt"));

function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const near = length >= max * 0.9;
  return (
    <p
      id={id}
      className={`mt-1 text-right text-sm ${near ? "text-warn" : "text-muted"}`}
      aria-live={near ? "polite" : "off"}
    >
      {groupThousands(length)} / {groupThousands(max)} characters
    </p>
  );
}

function TextPrompt({
  prompt,
  value,
  onChange,
  error,
  number,
  footer,
  i,
}: Inner<"long_text" | "short_text">) {
  const text = typeof value === "string" ? value : "";
  const long = prompt.kind === "long_text";
  // Short answers show the count only when it starts to matter.
  const showCount = long || text.length >= prompt.maxLength * 0.8;
  const common = {
    id: i.base,
    value: text,
    maxLength: prompt.maxLength,
    required: prompt.required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(prompt.help && i.help, error && i.error, showCount && i.count),
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
  };
  return (
    <div data-prompt-id={prompt.id}>
      <label htmlFor={i.base} className="block">
        <Heading prompt={prompt} number={number} id={i.label} />
      </label>
      <HelpAndError prompt={prompt} error={error} i={i} />
      <div className="mt-3">
        {long ? (
          <textarea {...common} rows={5} className={`${CONTROL} min-h-36 resize-y [field-sizing:content]`} />
        ) : (
          <input {...common} type="text" className={`${CONTROL} min-h-11`} />
        )}
        {showCount ? <CharacterCount id={i.count} length={text.length} max={prompt.maxLength} /> : null}
      </div>
      {footer ? <div className="mt-2">{footer}</div> : null}
    </div>
  );
}

function ScalePrompt({ prompt, value, onChange, error, number, footer, i }: Inner<"scale">) {
  const count = prompt.max - prompt.min + 1;
  const ends = `${i.base}-ends`;
  if (count > 21) {
    // Wide ranges would be a wall of buttons: a number field with the ends spelled out instead.
    return (
      <Group prompt={prompt} number={number} error={error} i={i} footer={footer} describedByExtra={ends}>
        <p id={ends} className="mb-2 text-base text-muted">
          {prompt.min} means “{prompt.minLabel}”, {prompt.max} means “{prompt.maxLabel}”.
        </p>
        <label htmlFor={`${i.base}-number`} className="sr-only">
          Your number from {prompt.min} to {prompt.max}
        </label>
        <input
          id={`${i.base}-number`}
          type="number"
          inputMode="numeric"
          min={prompt.min}
          max={prompt.max}
          step={1}
          value={value ?? ""}
          aria-describedby={ends}
          onChange={(e) => onChange(e.target.value === "" ? null : Math.round(Number(e.target.value)))}
          className={`${CONTROL} min-h-11 max-w-40`}
        />
      </Group>
    );
  }
  const numbers = Array.from({ length: count }, (_, k) => prompt.min + k);
  // Two rows in a narrow container, one row when there is room for 44px targets.
  const narrow = count <= 6 ? count : Math.ceil(count / 2);
  return (
    <Group prompt={prompt} number={number} error={error} i={i} footer={footer} describedByExtra={ends}>
      <div
        className="grid grid-cols-[repeat(var(--narrow),minmax(0,1fr))] gap-2 @xl:grid-cols-[repeat(var(--wide),minmax(0,1fr))]"
        style={{ "--narrow": narrow, "--wide": count } as React.CSSProperties}
      >
        {numbers.map((n) => {
          const endLabel =
            n === prompt.min ? prompt.minLabel : n === prompt.max ? prompt.maxLabel : undefined;
          return (
            <label
              key={n}
              className="relative flex min-h-11 cursor-pointer items-center justify-center rounded-lg border border-line bg-surface text-lg font-medium has-[:checked]:border-accent has-[:checked]:bg-accent has-[:checked]:text-white has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent"
            >
              <input
                type="radio"
                className="sr-only"
                name={i.base}
                value={n}
                checked={value === n}
                required={prompt.required}
                onChange={() => onChange(n)}
              />
              <span aria-hidden="true">{n}</span>
              <span className="sr-only">{endLabel ? `${n}, ${endLabel}` : String(n)}</span>
            </label>
          );
        })}
      </div>
      <p id={ends} className="mt-2 flex justify-between gap-4 text-base text-muted">
        <span>
          {prompt.min} = {prompt.minLabel}
        </span>
        <span className="text-right">
          {prompt.max} = {prompt.maxLabel}
        </span>
      </p>
      {!prompt.required && value !== null && value !== undefined ? (
        <ClearButton onClear={() => onChange(null)} />
      ) : null}
    </Group>
  );
}

function ClearButton({ onClear }: { onClear: () => void }) {
  return (
    <button
      type="button"
      onClick={onClear}
      className="mt-1 min-h-11 text-base text-accent underline-offset-4 hover:underline"
    >
      Clear my answer
    </button>
  );
}

function SingleChoicePrompt({ prompt, value, onChange, error, number, footer, i }: Inner<"single_choice">) {
  return (
    <Group prompt={prompt} number={number} error={error} i={i} footer={footer}>
      <div className="flex flex-col gap-2">
        {prompt.options.map((option) => (
          <label key={option.id} className={CHOICE_ROW}>
            <input
              type="radio"
              className={CHECK}
              name={i.base}
              value={option.id}
              checked={value === option.id}
              required={prompt.required}
              onChange={() => onChange(option.id)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {!prompt.required && value ? <ClearButton onClear={() => onChange(null)} /> : null}
    </Group>
  );
}

function ChecksPrompt({
  prompt,
  value,
  onChange,
  error,
  number,
  footer,
  i,
}: Inner<"multiple_choice" | "checklist">) {
  const choices = prompt.kind === "checklist" ? prompt.items : prompt.options;
  const chosen = new Set(Array.isArray(value) ? value : []);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    // Stored in the prompt's order, whatever order they were ticked in.
    onChange(choices.map((c) => c.id).filter((c) => next.has(c)));
  };
  return (
    <Group prompt={prompt} number={number} error={error} i={i} footer={footer}>
      {prompt.kind === "multiple_choice" ? (
        <p className="mb-2 text-base text-muted">Choose as many as fit.</p>
      ) : null}
      <div className="flex flex-col gap-2">
        {choices.map((choice) => (
          <label key={choice.id} className={CHOICE_ROW}>
            <input
              type="checkbox"
              className={CHECK}
              name={`${i.base}-${choice.id}`}
              value={choice.id}
              checked={chosen.has(choice.id)}
              onChange={(e) => toggle(choice.id, e.target.checked)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </Group>
  );
}

/** The input for one prompt, chosen by its kind. Controlled: pass value and onChange. */
export function PromptInput<P extends Prompt>(props: PromptInputProps<P>) {
  const fallback = useId().replace(/[^A-Za-z0-9_-]/g, "");
  const prompt: Prompt = props.prompt;
  const common = {
    error: props.error,
    number: props.number,
    footer: props.footer,
    i: ids(props.idPrefix, prompt.id, `p${fallback}`),
  };
  // Each renderer is typed for its kind's value; the public props tie value to the prompt's kind.
  const onChange = props.onChange as (value: any) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
  const value = props.value ?? emptyValueFor(prompt);
  switch (prompt.kind) {
    case "long_text":
    case "short_text":
      return <TextPrompt {...common} prompt={prompt} value={value as string} onChange={onChange} />;
    case "scale":
      return <ScalePrompt {...common} prompt={prompt} value={value as number | null} onChange={onChange} />;
    case "single_choice":
      return (
        <SingleChoicePrompt {...common} prompt={prompt} value={value as string | null} onChange={onChange} />
      );
    case "multiple_choice":
    case "checklist":
      return <ChecksPrompt {...common} prompt={prompt} value={value as string[]} onChange={onChange} />;
    case "log":
      return (
        <Suspense fallback={<p className="text-muted">Loading…</p>}>
          <LogPrompt {...common} prompt={prompt} value={value as LogEntry[]} onChange={onChange} />
        </Suspense>
      );
  }
}
