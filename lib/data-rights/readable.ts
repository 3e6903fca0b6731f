import type { Prompt } from "@/lib/exercises/schema";

// An answer in plain words, for the printable export: what the client chose or wrote, with option
// ids turned back into the labels they saw. Pure.

function labelOf(options: readonly { id: string; label: string }[], id: unknown): string {
  return options.find((o) => o.id === id)?.label ?? String(id);
}

export function readableAnswer(prompt: Prompt | null, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (!prompt) return typeof value === "string" ? value : JSON.stringify(value);
  switch (prompt.kind) {
    case "long_text":
    case "short_text":
      return typeof value === "string" ? value : "";
    case "scale":
      return typeof value === "number"
        ? `${value} (from ${prompt.min}, ${prompt.minLabel}, to ${prompt.max}, ${prompt.maxLabel})`
        : "";
    case "single_choice":
      return labelOf(prompt.options, value);
    case "multiple_choice":
      return Array.isArray(value) ? value.map((id) => labelOf(prompt.options, id)).join("; ") : "";
    case "checklist":
      return Array.isArray(value) ? value.map((id) => labelOf(prompt.items, id)).join("; ") : "";
    case "log":
      return Array.isArray(value)
        ? value
            .map(
              (e: { date?: unknown; text?: unknown }) =>
                `${typeof e?.date === "string" ? e.date : ""}: ${typeof e?.text === "string" ? e.text : ""}`,
            )
            .join("\n")
        : "";
  }
}
