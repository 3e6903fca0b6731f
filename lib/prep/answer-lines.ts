// An answer as readable lines of text, in the words of its prompt (option labels, not ids; a scale
// with what its ends mean). Pure: the prep DTO carries these so the page, the printed sheet and API
// consumers read the same thing.
import { isAnswered, type LogEntry } from "@/lib/exercises/answers";
import type { Prompt } from "@/lib/exercises/schema";

function labels(ids: unknown, choices: readonly { id: string; label: string }[]): string[] {
  if (!Array.isArray(ids)) return [];
  return ids.map((id) => choices.find((c) => c.id === id)?.label ?? String(id));
}

export function answerLines(prompt: Prompt, value: unknown): string[] {
  if (!isAnswered(prompt, value)) return [];
  switch (prompt.kind) {
    case "long_text":
    case "short_text":
      return [String(value)];
    case "scale":
      return [
        `${String(value)} on a scale from ${prompt.min} (${prompt.minLabel}) to ${prompt.max} (${prompt.maxLabel})`,
      ];
    case "single_choice":
      return [prompt.options.find((o) => o.id === value)?.label ?? String(value)];
    case "multiple_choice":
      return labels(value, prompt.options);
    case "checklist":
      return labels(value, prompt.items);
    case "log":
      return (value as LogEntry[])
        .filter((e) => typeof e?.text === "string" && e.text.trim() !== "")
        .map((e) => `${e.date}: ${e.text}`);
  }
}
