// Definition paths ("perspectives.0.prompts.2.label") as the editor uses them: element ids for
// inputs, and plain words for the error summary.

/** Element id of the input for a definition path ("perspectives.0.prompts.2.label"). */
export const fieldId = (path: string) => `f-${path.replace(/\./g, "-") || "root"}`;

const FIELD_NAMES: Record<string, string> = {
  title: "Title",
  summary: "Summary",
  section: "Guide section",
  audience: "Audience",
  estimatedMinutes: "Estimated minutes",
  intro: "Introduction",
  slug: "Name in links",
  label: "Question",
  help: "Help text",
  kind: "Kind",
  id: "Question id",
  maxLength: "Maximum length",
  min: "Lowest number",
  max: "Highest number",
  minLabel: "Label for the lowest number",
  maxLabel: "Label for the highest number",
  entryLabel: "Label for each entry",
  minEntries: "Suggested number of entries",
  options: "Choices",
  items: "Items",
  prompts: "Questions",
  perspectives: "Perspectives",
};

/** "perspectives.1.prompts.2.options.0.label" → "Perspective 2 › Question 3 › Choice 1". */
export function describePath(path: string): string {
  const parts = path.split(".");
  const words: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? "";
    const next = parts[i + 1];
    const index = next !== undefined && /^\d+$/.test(next) ? Number(next) + 1 : undefined;
    if (
      index !== undefined &&
      (part === "perspectives" || part === "prompts" || part === "options" || part === "items")
    ) {
      const noun = { perspectives: "Perspective", prompts: "Question", options: "Choice", items: "Item" }[
        part
      ];
      words.push(`${noun} ${index}`);
      i += 1;
      continue;
    }
    if (part === "label" && words.length && /^(Choice|Item|Perspective)/.test(words[words.length - 1] ?? ""))
      continue;
    words.push(FIELD_NAMES[part] ?? part);
  }
  return words.join(" › ") || "The exercise";
}
