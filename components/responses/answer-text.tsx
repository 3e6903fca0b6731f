// An answer shown for reading (a partner's shared answers, the clinician's view, a conflict):
// plain text in the words of the prompt, never an input. Works on the server and in the browser.
import type { LogEntry } from "@/lib/exercises/answers";
import type { Prompt } from "@/lib/exercises/schema";

function optionLabels(ids: unknown, choices: readonly { id: string; label: string }[]): string[] {
  if (!Array.isArray(ids)) return [];
  return ids.map((id) => choices.find((c) => c.id === id)?.label ?? String(id));
}

/** The answer as one or more lines of text; an empty answer gives an empty list. */
export function answerLines(prompt: Prompt, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  switch (prompt.kind) {
    case "long_text":
    case "short_text":
      return typeof value === "string" && value.trim() !== "" ? [value] : [];
    case "scale":
      return typeof value === "number"
        ? [`${value} (from ${prompt.min}, ${prompt.minLabel}, to ${prompt.max}, ${prompt.maxLabel})`]
        : [];
    case "single_choice": {
      const option = prompt.options.find((o) => o.id === value);
      return option ? [option.label] : typeof value === "string" && value ? [value] : [];
    }
    case "multiple_choice":
      return optionLabels(value, prompt.options);
    case "checklist":
      return optionLabels(value, prompt.items);
    case "log":
      return Array.isArray(value)
        ? (value as LogEntry[])
            .filter((e) => e && typeof e.text === "string" && e.text.trim() !== "")
            .map((e) => `${e.date}: ${e.text}`)
        : [];
  }
}

export function AnswerText({
  prompt,
  value,
  emptyText = "Not answered",
}: {
  prompt: Prompt;
  value: unknown;
  emptyText?: string;
}) {
  const lines = answerLines(prompt, value);
  if (lines.length === 0) return <p className="text-muted italic">{emptyText}</p>;
  if (lines.length === 1 || prompt.kind === "long_text" || prompt.kind === "short_text") {
    return <p className="whitespace-pre-wrap break-words">{lines.join("\n")}</p>;
  }
  return (
    <ul className="list-disc pl-5">
      {lines.map((line, i) => (
        <li key={i} className="whitespace-pre-wrap break-words">
          {line}
        </li>
      ))}
    </ul>
  );
}
