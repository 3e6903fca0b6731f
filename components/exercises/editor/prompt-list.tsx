// The questions of the exercise (or of one perspective), in order: each in its own editor, and a
// button to add one. Moving or removing a question keeps the keyboard where the person was.
import { blankPrompt, move, type DraftPrompt } from "./draft";
import { ListError, type Errors } from "./fields";
import { fieldId } from "./paths";
import { PromptEditor } from "./prompt-editor";

export function PromptList({
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
  /** Focus this element id after the next render. */
  focus: (id: string) => void;
}) {
  return (
    <div className="flex flex-col gap-4">
      <ListError path={path} errors={errors} />
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
