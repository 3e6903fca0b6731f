"use client";

// The custom-exercise builder: a structured form over a Draft, checked in the browser with the same
// schema the server uses, saved as JSON through /api/v1/exercises. Every save with changed content
// becomes a new immutable version on the server; earlier versions and their assignments stay as
// they were.
import { useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PROMPT_KINDS, type ExerciseDefinition, type PromptKind } from "@/lib/exercises/schema";
import { checkDefinition } from "@/lib/exercises/validation";
import { ExerciseView } from "../exercise-view";
import { KIND_LABELS } from "../labels";
import { describePath, fieldId } from "./paths";
import {
  blankPrompt,
  fromDraft,
  move,
  newKey,
  nextPerspectiveId,
  nextPromptId,
  setUsePerspectives,
  withKindDefaults,
  type Draft,
  type DraftChoice,
  type DraftPrompt,
} from "./draft";

type Errors = Record<string, string>;

const INPUT =
  "w-full rounded-lg border border-line bg-surface px-3 py-2 text-base text-ink aria-[invalid=true]:border-danger";

function FieldShell({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-base text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function aria(id: string, hint: string | undefined, error: string | undefined) {
  const by = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": by || undefined } as const;
}

function TextField({
  path,
  label,
  hint,
  value,
  onChange,
  errors,
  multiline,
  type = "text",
  required,
  ...rest
}: {
  path: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  errors: Errors;
  multiline?: boolean;
  type?: "text" | "number";
  required?: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
}) {
  const id = fieldId(path);
  const error = errors[path];
  const common = { id, value, required, ...aria(id, hint, error), onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value) };
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea {...common} rows={2} maxLength={rest.maxLength} className={`${INPUT} min-h-20 resize-y [field-sizing:content]`} />
      ) : (
        <input {...common} {...rest} type={type} inputMode={type === "number" ? "numeric" : undefined} className={`${INPUT} min-h-11`} />
      )}
    </FieldShell>
  );
}

function ChoicesEditor({
  path,
  noun,
  choices,
  min,
  onChange,
  errors,
}: {
  path: string;
  noun: "Choice" | "Item";
  choices: DraftChoice[];
  min: number;
  onChange: (choices: DraftChoice[]) => void;
  errors: Errors;
}) {
  return (
    <fieldset className="min-w-0">
      <legend className="font-medium">{noun === "Choice" ? "Choices" : "Items"}</legend>
      {errors[path] ? (
        <p id={fieldId(path)} className="text-base text-danger">
          {errors[path]}
        </p>
      ) : null}
      <ol className="mt-2 flex flex-col gap-2">
        {choices.map((choice, j) => {
          const p = `${path}.${j}.label`;
          const id = fieldId(p);
          return (
            <li key={choice.key} className="flex flex-col gap-1">
              <div className="flex items-start gap-2">
                <label htmlFor={id} className="sr-only">
                  {noun} {j + 1}
                </label>
                <span aria-hidden="true" className="mt-2.5 w-6 shrink-0 text-right text-muted">
                  {j + 1}.
                </span>
                <input
                  id={id}
                  value={choice.label}
                  {...aria(id, undefined, errors[p])}
                  onChange={(e) => onChange(choices.map((c) => (c.key === choice.key ? { ...c, label: e.target.value } : c)))}
                  className={`${INPUT} min-h-11`}
                />
                <button
                  type="button"
                  disabled={choices.length <= min}
                  onClick={() => onChange(choices.filter((c) => c.key !== choice.key))}
                  className="min-h-11 shrink-0 rounded-lg px-3 text-base text-muted hover:bg-canvas hover:text-ink disabled:opacity-40"
                >
                  Remove<span className="sr-only"> {noun.toLowerCase()} {j + 1}</span>
                </button>
              </div>
              {errors[p] ? (
                <p id={`${id}-error`} className="pl-8 text-base text-danger">
                  {errors[p]}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => onChange([...choices, { key: newKey(), id: "", label: "" }])}
        className="mt-2 min-h-11 rounded-lg px-3 text-base text-accent hover:bg-canvas"
      >
        + Add {noun === "Choice" ? "a choice" : "an item"}
      </button>
    </fieldset>
  );
}

function PromptEditor({
  prompt,
  index,
  count,
  path,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  prompt: DraftPrompt;
  index: number;
  count: number;
  path: string;
  errors: Errors;
  onChange: (prompt: DraftPrompt) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const set = (change: Partial<DraftPrompt>) => onChange({ ...prompt, ...change });
  const kindId = fieldId(`${path}.kind`);
  const reqId = fieldId(`${path}.required`);
  return (
    <fieldset className="min-w-0 rounded-xl border border-line bg-surface p-4" data-testid="prompt-editor">
      <legend className="sr-only">
        Question {index + 1}
      </legend>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-lg font-semibold" aria-hidden="true">
          Question {index + 1}
        </p>
        <div className="flex flex-wrap gap-1">
          <button
            type="button"
            id={`${fieldId(path)}-up`}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
            className="min-h-11 rounded-lg px-3 text-base text-ink hover:bg-canvas disabled:opacity-40"
          >
            ↑<span className="sr-only"> Move question {index + 1} up</span>
          </button>
          <button
            type="button"
            id={`${fieldId(path)}-down`}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
            className="min-h-11 rounded-lg px-3 text-base text-ink hover:bg-canvas disabled:opacity-40"
          >
            ↓<span className="sr-only"> Move question {index + 1} down</span>
          </button>
          <button
            type="button"
            disabled={count <= 1}
            onClick={onRemove}
            className="min-h-11 rounded-lg px-3 text-base text-danger hover:bg-danger-soft disabled:opacity-40"
          >
            Remove<span className="sr-only"> question {index + 1}</span>
          </button>
        </div>
      </div>
      <div className="mt-3 flex flex-col gap-4">
        <FieldShell id={kindId} label="Kind of answer" error={errors[`${path}.kind`]}>
          <select
            id={kindId}
            value={prompt.kind}
            onChange={(e) => onChange(withKindDefaults({ ...prompt, kind: e.target.value as PromptKind }))}
            className={`${INPUT} min-h-11`}
          >
            {PROMPT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </FieldShell>
        <TextField path={`${path}.label`} label="Question" value={prompt.label} onChange={(label) => set({ label })} errors={errors} multiline required />
        <TextField
          path={`${path}.help`}
          label="Help text (optional)"
          hint="Shown under the question in smaller type."
          value={prompt.help}
          onChange={(help) => set({ help })}
          errors={errors}
          multiline
        />
        <label htmlFor={reqId} className="flex min-h-11 cursor-pointer items-center gap-3">
          <input id={reqId} type="checkbox" checked={prompt.required} onChange={(e) => set({ required: e.target.checked })} className="size-5 accent-accent" />
          <span>Needs an answer before the client can send</span>
        </label>

        {prompt.kind === "long_text" || prompt.kind === "short_text" ? (
          <TextField
            path={`${path}.maxLength`}
            label="Maximum length in characters (optional)"
            hint={prompt.kind === "long_text" ? "Blank means 10,000." : "Blank means 300."}
            type="number"
            min={1}
            value={prompt.maxLength}
            onChange={(maxLength) => set({ maxLength })}
            errors={errors}
          />
        ) : null}

        {prompt.kind === "scale" ? (
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <TextField path={`${path}.min`} label="Lowest number" type="number" value={prompt.min} onChange={(min) => set({ min })} errors={errors} />
            <TextField path={`${path}.max`} label="Highest number" type="number" value={prompt.max} onChange={(max) => set({ max })} errors={errors} />
            <TextField path={`${path}.minLabel`} label="What the lowest means" value={prompt.minLabel} onChange={(minLabel) => set({ minLabel })} errors={errors} />
            <TextField path={`${path}.maxLabel`} label="What the highest means" value={prompt.maxLabel} onChange={(maxLabel) => set({ maxLabel })} errors={errors} />
          </div>
        ) : null}

        {prompt.kind === "single_choice" || prompt.kind === "multiple_choice" ? (
          <ChoicesEditor path={`${path}.options`} noun="Choice" min={2} choices={prompt.choices} onChange={(choices) => set({ choices })} errors={errors} />
        ) : null}
        {prompt.kind === "checklist" ? (
          <ChoicesEditor path={`${path}.items`} noun="Item" min={1} choices={prompt.choices} onChange={(choices) => set({ choices })} errors={errors} />
        ) : null}

        {prompt.kind === "log" ? (
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <TextField path={`${path}.entryLabel`} label="Label for each entry" hint='e.g. "What happened"' value={prompt.entryLabel} onChange={(entryLabel) => set({ entryLabel })} errors={errors} />
            <TextField
              path={`${path}.minEntries`}
              label="Suggested number of entries (optional)"
              hint="Required logs need at least this many."
              type="number"
              min={0}
              value={prompt.minEntries}
              onChange={(minEntries) => set({ minEntries })}
              errors={errors}
            />
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}

function PromptList({
  prompts,
  path,
  errors,
  onChange,
  newId,
  focus,
}: {
  prompts: DraftPrompt[];
  path: string;
  errors: Errors;
  onChange: (prompts: DraftPrompt[]) => void;
  newId: () => string;
  focus: (id: string) => void;
}) {
  return (
    <div className="flex flex-col gap-4">
      {errors[path] ? (
        <p id={fieldId(path)} className="text-base text-danger">
          {errors[path]}
        </p>
      ) : null}
      <ol className="flex flex-col gap-4">
        {prompts.map((prompt, i) => (
          <li key={prompt.key}>
            <PromptEditor
              prompt={prompt}
              index={i}
              count={prompts.length}
              path={`${path}.${i}`}
              errors={errors}
              onChange={(next) => onChange(prompts.map((p) => (p.key === prompt.key ? next : p)))}
              onMove={(to) => {
                onChange(move(prompts, i, to));
                // Keep the keyboard on the moved question's button.
                focus(`${fieldId(`${path}.${to}`)}-${to < i ? "up" : "down"}`);
              }}
              onRemove={() => {
                onChange(prompts.filter((p) => p.key !== prompt.key));
                focus(fieldId(`${path}.${Math.max(0, i - 1)}.label`));
              }}
            />
          </li>
        ))}
      </ol>
      <div>
        <button
          type="button"
          onClick={() => {
            onChange([...prompts, blankPrompt("long_text", newId())]);
            focus(fieldId(`${path}.${prompts.length}.kind`));
          }}
          className="inline-flex min-h-11 items-center rounded-lg border border-line bg-surface px-4 text-base font-medium hover:bg-canvas"
        >
          + Add a question
        </button>
      </div>
    </div>
  );
}

function pathsToErrors(issues: { path: string; message: string }[]): Errors {
  const errors: Errors = {};
  for (const issue of issues) errors[issue.path] ??= issue.message;
  return errors;
}

// The schema needs a version, a credit and a slug; the server fills these in, so the browser
// check uses placeholders for whichever are missing.
function checkInBrowser(definition: Record<string, unknown>) {
  return checkDefinition({
    slug: "draft",
    credit: { source: "Custom exercise", author: "You", section: "Custom" },
    ...definition,
    version: 1,
  });
}

export type EditorMode = { kind: "create" } | { kind: "edit"; slug: string; version: number };

export function ExerciseEditor({
  initial,
  mode,
  sections,
  initiallyShared,
}: {
  initial: Draft;
  mode: EditorMode;
  sections: { id: string; title: string }[];
  initiallyShared: boolean;
}) {
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(initial);
  const [shared, setShared] = useState(initiallyShared);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [previewPerspective, setPreviewPerspective] = useState<string | null>(null);
  // An element id to focus after the next render (moved, added or removed questions).
  const pendingFocus = useRef<string | null>(null);
  const focusAfterRender = (id: string) => {
    pendingFocus.current = id;
  };
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  // Leaving with unsaved edits asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const update = (next: Draft) => {
    setDraft(next);
    setDirty(true);
  };
  const set = (change: Partial<Draft>) => update({ ...draft, ...change });

  const definition = useMemo(() => fromDraft(draft), [draft]);
  const check = useMemo(() => checkInBrowser(definition), [definition]);
  const previewDef: ExerciseDefinition | null = check.ok ? check.definition : null;

  const showErrors = (list: { path: string; message: string }[], message: string) => {
    setErrors(pathsToErrors(list));
    setFormError(message);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (!check.ok) {
      showErrors(check.issues, "Some fields need attention before this can be saved.");
      return;
    }
    setSaving(true);
    setFormError(null);
    try {
      const response =
        mode.kind === "create"
          ? await fetch("/api/v1/exercises", {
              method: "POST",
              headers: { "Content-Type": "application/json" },
              body: JSON.stringify({ definition, shared }),
            })
          : await fetch(`/api/v1/exercises/${mode.slug}`, {
              method: "PATCH",
              headers: { "Content-Type": "application/json" },
              body: JSON.stringify({ definition, shared, expectedVersion: mode.version }),
            });
      const body = (await response.json().catch(() => null)) as
        | { slug?: string; versionCreated?: boolean; error?: { message?: string; details?: unknown } }
        | null;
      if (response.ok && body?.slug) {
        setDirty(false);
        const notice = mode.kind === "create" ? "created" : body.versionCreated ? "created" : "unchanged";
        router.push(`/library/${body.slug}?notice=${notice}`);
        router.refresh();
        return;
      }
      const details = body?.error?.details;
      const list = Array.isArray(details)
        ? (details as { path?: unknown; message?: unknown }[])
            .filter((d) => typeof d.path === "string" && typeof d.message === "string")
            .map((d) => ({ path: String(d.path).replace(/^definition\.?/, ""), message: String(d.message) }))
        : details && typeof details === "object" && "path" in details && typeof (details as { path: unknown }).path === "string"
          ? [{ path: String((details as { path: string }).path).replace(/^definition\.?/, ""), message: body?.error?.message ?? "" }]
          : [];
      showErrors(list, body?.error?.message ?? "That could not be saved. Please try again.");
    } catch {
      setFormError("Mend could not be reached. Your changes are still here; please try again in a moment.");
    } finally {
      setSaving(false);
    }
  }

  const errorList = Object.entries(errors);
  const perspectivesForPreview = previewDef?.perspectives ?? [];
  const shownPerspective = perspectivesForPreview.find((p) => p.id === previewPerspective)?.id ?? perspectivesForPreview[0]?.id ?? null;

  return (
    <form onSubmit={save} noValidate className="flex flex-col gap-6" aria-describedby={formError ? "editor-summary" : undefined}>
      {formError ? (
        <div ref={summaryRef} tabIndex={-1} id="editor-summary" className="outline-none">
          <Notice tone="warn" role="alert" title={formError}>
            {errorList.length ? (
              <ul className="mt-1 list-disc pl-5">
                {errorList.map(([path, message]) => (
                  <li key={path}>
                    <a href={`#${fieldId(path)}`} className="underline">
                      {describePath(path)}
                    </a>
                    : {message}
                  </li>
                ))}
              </ul>
            ) : null}
          </Notice>
        </div>
      ) : null}

      <section aria-labelledby="about-heading" className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:p-5">
        <h2 id="about-heading" className="text-lg font-semibold">
          About this exercise
        </h2>
        <TextField path="title" label="Title" value={draft.title} onChange={(title) => set({ title })} errors={errors} required maxLength={200} />
        <TextField path="summary" label="Summary" hint="One or two sentences for the library card." value={draft.summary} onChange={(summary) => set({ summary })} errors={errors} multiline required />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <FieldShell id={fieldId("section")} label="Guide section" error={errors.section}>
            <select id={fieldId("section")} value={draft.section} onChange={(e) => set({ section: e.target.value })} className={`${INPUT} min-h-11`} {...aria(fieldId("section"), undefined, errors.section)}>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </FieldShell>
          <FieldShell id={fieldId("audience")} label="Audience" error={errors.audience}>
            <select
              id={fieldId("audience")}
              value={draft.audience}
              onChange={(e) => set({ audience: e.target.value as Draft["audience"] })}
              className={`${INPUT} min-h-11`}
            >
              <option value="both">Individuals or couples</option>
              <option value="couple">Couples</option>
              <option value="individual">Individuals</option>
            </select>
          </FieldShell>
          <TextField path="estimatedMinutes" label="Minutes it takes" type="number" min={1} max={240} value={draft.estimatedMinutes} onChange={(estimatedMinutes) => set({ estimatedMinutes })} errors={errors} />
        </div>
        <TextField
          path="intro"
          label="Introduction (optional)"
          hint="What the client reads before the questions."
          value={draft.intro}
          onChange={(intro) => set({ intro })}
          errors={errors}
          multiline
        />
      </section>

      <section aria-labelledby="questions-heading" className="flex flex-col gap-4">
        <h2 id="questions-heading" className="text-lg font-semibold">
          Questions
        </h2>
        {errors[""] ? <p className="text-base text-danger">{errors[""]}</p> : null}
        <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded-xl border border-line bg-surface p-4">
          <input
            type="checkbox"
            className="mt-1 size-5 accent-accent"
            checked={draft.usePerspectives}
            onChange={(e) => {
              if (!e.target.checked && draft.perspectives.length > 1 && !window.confirm("Keep only the first perspective's questions? The others will be removed from this draft.")) return;
              update(setUsePerspectives(draft, e.target.checked));
            }}
          />
          <span>
            <span className="block font-medium">Separate questions for each partner</span>
            <span className="block text-muted">For example one set for the partner who was hurt and one for the partner who caused the harm.</span>
          </span>
        </label>

        {draft.usePerspectives ? (
          <>
            {draft.perspectives.map((perspective, k) => (
              <section key={perspective.key} aria-labelledby={`persp-${perspective.key}`} className="flex flex-col gap-4 rounded-xl border border-accent/30 bg-accent-soft/40 p-3 sm:p-4">
                <h3 id={`persp-${perspective.key}`} className="text-base font-semibold">
                  Perspective {k + 1}: {perspective.label || "(no name yet)"}
                </h3>
                <div className="flex flex-wrap items-end gap-2">
                  <div className="min-w-0 flex-1">
                    <TextField
                      path={`perspectives.${k}.label`}
                      label="Who answers these"
                      value={perspective.label}
                      onChange={(label) => update({ ...draft, perspectives: draft.perspectives.map((p) => (p.key === perspective.key ? { ...p, label } : p)) })}
                      errors={errors}
                    />
                  </div>
                  {draft.perspectives.length > 2 ? (
                    <button
                      type="button"
                      onClick={() => update({ ...draft, perspectives: draft.perspectives.filter((p) => p.key !== perspective.key) })}
                      className="min-h-11 rounded-lg px-3 text-base text-danger hover:bg-danger-soft"
                    >
                      Remove perspective {k + 1}
                    </button>
                  ) : null}
                </div>
                <PromptList
                  prompts={perspective.prompts}
                  path={`perspectives.${k}.prompts`}
                  errors={errors}
                  onChange={(prompts) => update({ ...draft, perspectives: draft.perspectives.map((p) => (p.key === perspective.key ? { ...p, prompts } : p)) })}
                  newId={() => nextPromptId(draft)}
                  focus={focusAfterRender}
                />
              </section>
            ))}
            <div>
              <button
                type="button"
                onClick={() =>
                  update({
                    ...draft,
                    perspectives: [
                      ...draft.perspectives,
                      { key: newKey(), id: nextPerspectiveId(draft), label: "", prompts: [blankPrompt("long_text", nextPromptId(draft))] },
                    ],
                  })
                }
                className="inline-flex min-h-11 items-center rounded-lg border border-line bg-surface px-4 text-base font-medium hover:bg-canvas"
              >
                + Add a perspective
              </button>
            </div>
          </>
        ) : (
          <PromptList
            prompts={draft.prompts}
            path="prompts"
            errors={errors}
            onChange={(prompts) => set({ prompts })}
            newId={() => nextPromptId(draft)}
            focus={focusAfterRender}
          />
        )}
      </section>

      <section aria-labelledby="share-heading" className="rounded-xl border border-line bg-surface p-4 sm:p-5">
        <h2 id="share-heading" className="text-lg font-semibold">
          Sharing
        </h2>
        <label className="mt-2 flex min-h-11 cursor-pointer items-start gap-3">
          <input
            type="checkbox"
            className="mt-1 size-5 accent-accent"
            checked={shared}
            onChange={(e) => {
              setShared(e.target.checked);
              setDirty(true);
            }}
          />
          <span>
            <span className="block font-medium">Share with the other clinicians in my practice</span>
            <span className="block text-muted">They can preview and assign it, and duplicate it to make their own. Only you can change it.</span>
          </span>
        </label>
      </section>

      <details className="rounded-xl border border-line bg-surface p-4 sm:p-5">
        <summary className="min-h-11 cursor-pointer py-2 text-lg font-semibold">Preview as your client will see it</summary>
        {previewDef ? (
          <div className="mt-4 flex flex-col gap-4">
            {perspectivesForPreview.length ? (
              <div className="flex flex-col gap-1">
                <label htmlFor="preview-perspective" className="font-medium">
                  Perspective
                </label>
                <select id="preview-perspective" value={shownPerspective ?? ""} onChange={(e) => setPreviewPerspective(e.target.value)} className={`${INPUT} min-h-11 max-w-md`}>
                  {perspectivesForPreview.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <div className="rounded-xl border border-line bg-canvas p-4">
              <ExerciseView key={shownPerspective ?? "all"} definition={previewDef} perspectiveId={shownPerspective} mode="preview" idPrefix="editor-preview" />
            </div>
          </div>
        ) : (
          <p className="mt-2 text-muted">The preview appears once every required field is filled in.</p>
        )}
      </details>

      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-line bg-canvas/95 px-4 py-3 backdrop-blur">
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : mode.kind === "create" ? "Save exercise" : "Save changes"}
        </Button>
        <p className="text-sm text-muted" aria-live="polite">
          {mode.kind === "edit"
            ? "Saving changes makes a new version. Anything already assigned keeps its version."
            : "Saved exercises are private to you unless you share them."}
        </p>
      </div>
    </form>
  );
}
