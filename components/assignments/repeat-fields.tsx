"use client";

// The assign form's repeat: off, or one copy every 1-4 weeks until a date (check-ins weekly; a
// standard measure such as the PHQ-9 usually every 2 weeks). Each copy is its own piece of work.
import { problemFor, type FieldProblem } from "@/components/forms/call-api";
import { addDaysInZone, toZonedInput } from "@/lib/assignments/due-dates";
import { plural, timeWords } from "@/lib/assignments/labels";
import { MAX_REPEAT_WEEKS } from "@/lib/assignments/schemas";
import { dateTimeFormat } from "@/lib/time/formatters";

export type Repeat = { on: boolean; until: string; everyWeeks: number };

const EVERY = [
  { weeks: 1, label: "Every week" },
  { weeks: 2, label: "Every 2 weeks" },
  { weeks: 3, label: "Every 3 weeks" },
  { weeks: 4, label: "Every 4 weeks" },
];

function cadence(everyWeeks: number): string {
  return everyWeeks === 1 ? "weekly" : `every ${everyWeeks} weeks`;
}

export function RepeatFields({
  id,
  repeat,
  onChange,
  copies,
  dueDate,
  timeZone,
  label,
  problems,
}: {
  /** Makes the fields' ids (the form's useId prefix). */
  id: (name: string) => string;
  repeat: Repeat;
  onChange: (next: Repeat) => void;
  /** How many copies the chosen dates make (0 when they do not make sense yet). */
  copies: number;
  dueDate: Date | null;
  timeZone: string;
  /** The practice's word for the work, singular. */
  label: string;
  problems: FieldProblem[];
}) {
  const error = problemFor(problems, "repeatWeeklyUntil");
  const day = dueDate
    ? `${dateTimeFormat("en-US", { weekday: "long", timeZone }).format(dueDate)} at ${timeWords(dueDate, timeZone)}`
    : null;
  return (
    <>
      <label className="flex min-h-11 cursor-pointer items-center gap-3">
        <input
          type="checkbox"
          className="size-5 accent-accent"
          checked={repeat.on}
          onChange={(e) =>
            onChange({
              ...repeat,
              on: e.target.checked,
              // Start with four more weeks; the clinician can change it.
              until:
                e.target.checked && !repeat.until && dueDate
                  ? toZonedInput(addDaysInZone(dueDate, 28, timeZone), timeZone).slice(0, 10)
                  : repeat.until,
            })
          }
        />
        <span>Repeat (for check-ins and measures)</span>
      </label>
      {repeat.on ? (
        <div className="flex flex-wrap gap-4">
          <div className="flex flex-col gap-1">
            <label htmlFor={id("repeatEveryWeeks")} className="font-medium">
              How often
            </label>
            <select
              id={id("repeatEveryWeeks")}
              value={repeat.everyWeeks}
              onChange={(e) => onChange({ ...repeat, everyWeeks: Number(e.target.value) })}
              className="min-h-11 rounded-lg border border-line bg-surface px-3 py-2 text-base"
            >
              {EVERY.map((o) => (
                <option key={o.weeks} value={o.weeks}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={id("repeatWeeklyUntil")} className="font-medium">
              Until
            </label>
            <input
              id={id("repeatWeeklyUntil")}
              type="date"
              value={repeat.until}
              onChange={(e) => onChange({ ...repeat, until: e.target.value })}
              aria-describedby={`${id("repeatWeeklyUntil")}-hint`}
              aria-invalid={error ? true : undefined}
              className="min-h-11 max-w-xs rounded-lg border border-line bg-surface px-3 py-2 text-base aria-[invalid]:border-danger"
            />
          </div>
          <p id={`${id("repeatWeeklyUntil")}-hint`} className="basis-full text-sm text-muted">
            {copies > 0
              ? `${copies} ${copies === 1 ? label : plural(label)}, ${cadence(repeat.everyWeeks)}${day ? `, each due ${day}` : ""}. Each is its own ${label}.`
              : `One ${label} ${cadence(repeat.everyWeeks)}, for up to ${MAX_REPEAT_WEEKS} weeks.`}
          </p>
          {error ? <p className="basis-full text-sm text-danger">{error}</p> : null}
        </div>
      ) : null}
    </>
  );
}
