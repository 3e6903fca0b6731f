// The questions: one list, or (for couples work) a list per perspective, each with its own name,
// so that for example the partner who was hurt and the partner who caused the harm answer different ones.
import {
  blankPrompt,
  newKey,
  nextPerspectiveId,
  nextPromptId,
  setUsePerspectives,
  type Draft,
  type DraftPerspective,
} from "./draft";
import { TextField, type Errors } from "./fields";
import { PromptList } from "./prompt-list";

export function QuestionsSection({
  draft,
  update,
  errors,
  focus,
}: {
  draft: Draft;
  update: (next: Draft) => void;
  errors: Errors;
  /** Focus this element id after the next render. */
  focus: (id: string) => void;
}) {
  const setPerspective = (key: string, change: Partial<DraftPerspective>) =>
    update({
      ...draft,
      perspectives: draft.perspectives.map((p) => (p.key === key ? { ...p, ...change } : p)),
    });
  return (
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
            if (
              !e.target.checked &&
              draft.perspectives.length > 1 &&
              !window.confirm(
                "Keep only the first perspective's questions? The others will be removed from this draft.",
              )
            )
              return;
            update(setUsePerspectives(draft, e.target.checked));
          }}
        />
        <span>
          <span className="block font-medium">Separate questions for each partner</span>
          <span className="block text-muted">
            For example one set for the partner who was hurt and one for the partner who caused the harm.
          </span>
        </span>
      </label>

      {draft.usePerspectives ? (
        <>
          {draft.perspectives.map((perspective, k) => (
            <section
              key={perspective.key}
              aria-labelledby={`persp-${perspective.key}`}
              className="flex flex-col gap-4 rounded-xl border border-accent/30 bg-accent-soft/40 p-3 sm:p-4"
            >
              <h3 id={`persp-${perspective.key}`} className="text-base font-semibold">
                Perspective {k + 1}: {perspective.label || "(no name yet)"}
              </h3>
              <div className="flex flex-wrap items-end gap-2">
                <div className="min-w-0 flex-1">
                  <TextField
                    path={`perspectives.${k}.label`}
                    label="Who answers these"
                    value={perspective.label}
                    onChange={(label) => setPerspective(perspective.key, { label })}
                    errors={errors}
                  />
                </div>
                {draft.perspectives.length > 2 ? (
                  <button
                    type="button"
                    onClick={() =>
                      update({
                        ...draft,
                        perspectives: draft.perspectives.filter((p) => p.key !== perspective.key),
                      })
                    }
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
                onChange={(prompts) => setPerspective(perspective.key, { prompts })}
                newId={() => nextPromptId(draft)}
                focus={focus}
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
                    {
                      key: newKey(),
                      id: nextPerspectiveId(draft),
                      label: "",
                      prompts: [blankPrompt("long_text", nextPromptId(draft))],
                    },
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
          onChange={(prompts) => update({ ...draft, prompts })}
          newId={() => nextPromptId(draft)}
          focus={focus}
        />
      )}
    </section>
  );
}
