// The options of a single or multiple choice question, or the items of a checklist: one input per
// entry, removable down to the question's minimum, and an "add" button.
import { newKey, type DraftChoice } from "./draft";
import { INPUT, ListError, type Errors } from "./fields";
import { fieldId } from "./paths";

export function ChoicesEditor({
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
      <ListError path={path} errors={errors} />
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
                  aria-invalid={errors[p] ? true : undefined}
                  aria-describedby={errors[p] ? `${id}-error` : undefined}
                  onChange={(e) =>
                    onChange(choices.map((c) => (c.key === choice.key ? { ...c, label: e.target.value } : c)))
                  }
                  className={`${INPUT} min-h-11`}
                />
                <button
                  type="button"
                  disabled={choices.length <= min}
                  onClick={() => onChange(choices.filter((c) => c.key !== choice.key))}
                  className="min-h-11 shrink-0 rounded-lg px-3 text-base text-muted hover:bg-canvas hover:text-ink disabled:opacity-40"
                >
                  Remove
                  <span className="sr-only">
                    {" "}
                    {noun.toLowerCase()} {j + 1}
                  </span>
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
