"use client";

// The custom-exercise builder: a structured form over a Draft, checked in the browser with the same
// schema the server uses, saved as JSON through /api/v1/exercises. Every save with changed content
// becomes a new immutable version on the server; earlier versions and their assignments stay as
// they were. This file holds the form's state and saving; the sections render it.
import { useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import { AboutSection } from "./about-section";
import { fromDraft, type Draft } from "./draft";
import type { Errors } from "./fields";
import { describePath, fieldId } from "./paths";
import { EditorPreview } from "./preview";
import { QuestionsSection } from "./questions-section";
import { checkInBrowser, pathsToErrors, saveExercise, type EditorMode, type Issue } from "./save-exercise";

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

  const showErrors = (list: Issue[], message: string) => {
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
      const outcome = await saveExercise(mode, definition, shared);
      if (outcome.kind === "saved") {
        setDirty(false);
        router.push(`/library/${outcome.slug}?notice=${outcome.notice}`);
        router.refresh();
        return;
      }
      showErrors(outcome.issues, outcome.message);
    } catch {
      setFormError("Mend could not be reached. Your changes are still here; please try again in a moment.");
    } finally {
      setSaving(false);
    }
  }

  const errorList = Object.entries(errors);

  return (
    <form
      onSubmit={save}
      noValidate
      className="flex flex-col gap-6"
      aria-describedby={formError ? "editor-summary" : undefined}
    >
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

      <AboutSection draft={draft} set={set} errors={errors} sections={sections} />
      <QuestionsSection draft={draft} update={update} errors={errors} focus={focusAfterRender} />

      <section
        aria-labelledby="share-heading"
        className="rounded-xl border border-line bg-surface p-4 sm:p-5"
      >
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
            <span className="block text-muted">
              They can preview and assign it, and duplicate it to make their own. Only you can change it.
            </span>
          </span>
        </label>
      </section>

      <EditorPreview definition={previewDef} />

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
