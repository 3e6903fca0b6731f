// One question of the exercise: its kind, wording, whether it needs an answer, and the settings of
// its kind (length, scale ends, choices, log entries), with buttons to move or remove it.
import { PROMPT_KINDS, type PromptKind } from "@/lib/exercises/schema";
import { KIND_LABELS } from "../labels";
import { ChoicesEditor } from "./choices-editor";
import { withKindDefaults, type DraftPrompt } from "./draft";
import { SelectField, TextField, type Errors } from "./fields";
import { fieldId } from "./paths";

export function PromptEditor({
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
  const reqId = fieldId(`${path}.required`);
  return (
    <fieldset className="min-w-0 rounded-xl border border-line bg-surface p-4" data-testid="prompt-editor">
      <legend className="sr-only">Question {index + 1}</legend>
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
        <SelectField
          id={fieldId(`${path}.kind`)}
          label="Kind of answer"
          error={errors[`${path}.kind`]}
          value={prompt.kind}
          onChange={(kind) => onChange(withKindDefaults({ ...prompt, kind: kind as PromptKind }))}
        >
          {PROMPT_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <TextField
          path={`${path}.label`}
          label="Question"
          value={prompt.label}
          onChange={(label) => set({ label })}
          errors={errors}
          multiline
          required
        />
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
          <input
            id={reqId}
            type="checkbox"
            checked={prompt.required}
            onChange={(e) => set({ required: e.target.checked })}
            className="size-5 accent-accent"
          />
          <span>Needs an answer before the client can send</span>
        </label>
        <KindSettings prompt={prompt} path={path} errors={errors} set={set} />
      </div>
    </fieldset>
  );
}

/** The settings only some kinds of question have. */
function KindSettings({
  prompt,
  path,
  errors,
  set,
}: {
  prompt: DraftPrompt;
  path: string;
  errors: Errors;
  set: (change: Partial<DraftPrompt>) => void;
}) {
  const text = (
    key: "maxLength" | "min" | "max" | "minLabel" | "maxLabel" | "entryLabel" | "minEntries",
  ) => ({
    path: `${path}.${key}`,
    value: prompt[key],
    onChange: (value: string) => set({ [key]: value }),
    errors,
  });
  switch (prompt.kind) {
    case "long_text":
    case "short_text":
      return (
        <TextField
          {...text("maxLength")}
          label="Maximum length in characters (optional)"
          hint={prompt.kind === "long_text" ? "Blank means 10,000." : "Blank means 300."}
          type="number"
          min={1}
        />
      );
    case "scale":
      return (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField {...text("min")} label="Lowest number" type="number" />
          <TextField {...text("max")} label="Highest number" type="number" />
          <TextField {...text("minLabel")} label="What the lowest means" />
          <TextField {...text("maxLabel")} label="What the highest means" />
        </div>
      );
    case "single_choice":
    case "multiple_choice":
    case "checklist": {
      // A choice question needs two options to choose between; a checklist one item.
      const checklist = prompt.kind === "checklist";
      return (
        <ChoicesEditor
          path={`${path}.${checklist ? "items" : "options"}`}
          noun={checklist ? "Item" : "Choice"}
          min={checklist ? 1 : 2}
          choices={prompt.choices}
          onChange={(choices) => set({ choices })}
          errors={errors}
        />
      );
    }
    case "log":
      return (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField {...text("entryLabel")} label="Label for each entry" hint='e.g. "What happened"' />
          <TextField
            {...text("minEntries")}
            label="Suggested number of entries (optional)"
            hint="Required logs need at least this many."
            type="number"
            min={0}
          />
        </div>
      );
    default:
      return null;
  }
}
