"use client";

// A dated log (e.g. "each repair attempt this week"): entries added, edited and removed, focus kept
// where the person is working. Loaded only for exercises that have a log prompt (see prompt-input.tsx).
import { useEffect, useRef } from "react";
import { LOG_ENTRY_MAX_LENGTH, type LogEntry } from "@/lib/exercises/answers";
import { CONTROL, Group, type Inner } from "./prompt-parts";

/** Today in the browser's time zone, as YYYY-MM-DD (what <input type="date"> expects). */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

let entryCounter = 0;
function newEntryId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  entryCounter += 1;
  return `entry-${Date.now().toString(36)}-${entryCounter}`;
}

export default function LogPrompt({ prompt, value, onChange, error, number, footer, i }: Inner<"log">) {
  const entries: LogEntry[] = Array.isArray(value) ? value : [];
  // Set just before a change that adds an entry; the render that shows it moves focus there.
  const focusId = useRef<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!focusId.current) return;
    listRef.current
      ?.querySelector<HTMLTextAreaElement>(`[data-entry="${focusId.current}"] textarea`)
      ?.focus();
    focusId.current = null;
  });

  const update = (id: string, change: Partial<LogEntry>) =>
    onChange(entries.map((e) => (e.id === id ? { ...e, ...change } : e)));
  const add = () => {
    const entry = { id: newEntryId(), date: localToday(), text: "" };
    focusId.current = entry.id;
    onChange([...entries, entry]);
  };
  const remove = (id: string) => {
    onChange(entries.filter((e) => e.id !== id));
    // Focus would otherwise fall to the page top with the removed button.
    addRef.current?.focus();
  };

  return (
    <Group prompt={prompt} number={number} error={error} i={i} footer={footer}>
      {prompt.minEntries ? (
        <p className="mb-2 text-base text-muted">
          Aim for at least {prompt.minEntries} {prompt.minEntries === 1 ? "entry" : "entries"}.
        </p>
      ) : null}
      {entries.length === 0 ? <p className="mb-3 text-base text-muted">No entries yet.</p> : null}
      <ol ref={listRef} className="flex flex-col gap-3">
        {entries.map((entry, index) => {
          const entryBase = `${i.base}-${index}`;
          return (
            <li key={entry.id} data-entry={entry.id} className="rounded-lg border border-line bg-canvas p-3">
              <fieldset className="min-w-0">
                <legend className="mb-2 font-medium">Entry {index + 1}</legend>
                <div className="flex flex-col gap-3 @md:flex-row">
                  <div className="flex flex-col gap-1 @md:w-44 @md:shrink-0">
                    <label htmlFor={`${entryBase}-date`} className="text-base">
                      Date
                    </label>
                    <input
                      id={`${entryBase}-date`}
                      type="date"
                      value={entry.date}
                      onChange={(e) => update(entry.id, { date: e.target.value })}
                      className={`${CONTROL} min-h-11`}
                    />
                  </div>
                  <div className="flex min-w-0 flex-1 flex-col gap-1">
                    <label htmlFor={`${entryBase}-text`} className="text-base">
                      {prompt.entryLabel}
                    </label>
                    <textarea
                      id={`${entryBase}-text`}
                      value={entry.text}
                      rows={2}
                      maxLength={LOG_ENTRY_MAX_LENGTH}
                      onChange={(e) => update(entry.id, { text: e.target.value })}
                      className={`${CONTROL} min-h-20 resize-y [field-sizing:content]`}
                    />
                  </div>
                </div>
                <button
                  type="button"
                  onClick={() => remove(entry.id)}
                  className="mt-2 min-h-11 text-base text-muted underline-offset-4 hover:text-ink hover:underline"
                >
                  Remove entry {index + 1}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        ref={addRef}
        type="button"
        onClick={add}
        className="mt-3 inline-flex min-h-11 items-center rounded-lg border border-line bg-surface px-4 text-base font-medium text-ink hover:bg-canvas"
      >
        + Add an entry
      </button>
    </Group>
  );
}
