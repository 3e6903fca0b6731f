// The pieces every prompt input shares: element ids, the question heading, help and error text,
// and the fieldset that groups choices, scales and logs. See prompt-input.tsx.
import type { PromptValueByKind } from "@/lib/exercises/answers";
import type { Prompt } from "@/lib/exercises/schema";

export type Kind<K extends Prompt["kind"]> = Extract<Prompt, { kind: K }>;

export type Ids = ReturnType<typeof ids>;
export type Inner<K extends Prompt["kind"]> = {
  prompt: Kind<K>;
  value: PromptValueByKind[K];
  onChange: (value: PromptValueByKind[K]) => void;
  error?: string;
  number?: number;
  footer?: React.ReactNode;
  i: Ids;
};

export const CONTROL =
  "w-full rounded-lg border border-line bg-surface px-3 py-2 text-base text-ink aria-[invalid=true]:border-danger";
// A whole row is the click target for choices: at least 44px tall.
export const CHOICE_ROW =
  "relative flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-line bg-surface px-3 py-2.5 has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent";
export const CHECK = "mt-0.5 size-5 shrink-0 accent-accent";

export function ids(idPrefix: string | undefined, promptId: string, fallback: string) {
  const base = `${idPrefix ?? fallback}-${promptId}`;
  return {
    base,
    label: `${base}-label`,
    help: `${base}-help`,
    error: `${base}-error`,
    count: `${base}-count`,
  };
}

export function describedBy(...parts: (string | false | undefined)[]): string | undefined {
  const list = parts.filter(Boolean);
  return list.length ? list.join(" ") : undefined;
}

export function Heading({ prompt, number, id }: { prompt: Prompt; number?: number; id: string }) {
  return (
    <span id={id} className="block text-lg font-medium leading-snug text-ink">
      {number !== undefined ? <span className="mr-1 text-muted">{number}.</span> : null}
      {prompt.label}
      {prompt.required ? (
        <span className="ml-2 whitespace-nowrap align-middle text-sm font-normal text-muted">(required)</span>
      ) : null}
    </span>
  );
}

export function HelpAndError({ prompt, error, i }: { prompt: Prompt; error?: string; i: Ids }) {
  return (
    <>
      {prompt.help ? (
        <p id={i.help} className="mt-1 text-base text-muted">
          {prompt.help}
        </p>
      ) : null}
      {error ? (
        <p id={i.error} className="mt-2 text-base font-medium text-warn">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** Groups of inputs (choices, scales, logs) sit in a fieldset whose legend is the question. */
export function Group({
  prompt,
  number,
  error,
  i,
  describedByExtra,
  children,
  footer,
}: {
  prompt: Prompt;
  number?: number;
  error?: string;
  i: Ids;
  describedByExtra?: string;
  children: React.ReactNode;
  footer?: React.ReactNode;
}) {
  return (
    <fieldset
      className="min-w-0"
      aria-describedby={describedBy(prompt.help && i.help, error && i.error, describedByExtra)}
      data-prompt-id={prompt.id}
    >
      <legend className="w-full">
        <Heading prompt={prompt} number={number} id={i.label} />
      </legend>
      <HelpAndError prompt={prompt} error={error} i={i} />
      <div className="mt-3">{children}</div>
      {footer ? <div className="mt-2">{footer}</div> : null}
    </fieldset>
  );
}
