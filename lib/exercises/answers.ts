// Answer values for exercise prompts: their types, how to validate one against its prompt, and the
// "is everything required answered?" check used before a submission.
//
// Pure (zod only): shared by the completion form in the browser, the response API on the server,
// the preview, and tests.
import type { ExerciseDefinition, Prompt, PromptKind } from "./schema";

/** One entry of a repeatable log prompt: a calendar date (YYYY-MM-DD) and what happened. */
export type LogEntry = { id: string; date: string; text: string };

/**
 * The value each prompt kind stores. "Empty" is part of every type (an empty string, null or an
 * empty list), so a half-written draft is always a valid value; `isAnswered` says whether it counts.
 */
export type PromptValueByKind = {
  long_text: string;
  short_text: string;
  /** An integer between the prompt's min and max, or null when nothing is chosen yet. */
  scale: number | null;
  /** The chosen option id, or null. */
  single_choice: string | null;
  /** Chosen option ids, in the prompt's order. */
  multiple_choice: string[];
  /** Ticked item ids, in the prompt's order. */
  checklist: string[];
  log: LogEntry[];
};

export type PromptValue = PromptValueByKind[PromptKind];
export type PromptValueFor<P extends Prompt> = PromptValueByKind[P["kind"]];

/** Answers keyed by prompt id (the `value` part of Response.answers). */
export type AnswerValues = Record<string, PromptValue | undefined>;

// Limits that are not in the prompt definition but keep one answer bounded.
export const LOG_ENTRY_MAX_LENGTH = 2_000;
export const LOG_MAX_ENTRIES = 200;
// Entry ids are made in the browser (crypto.randomUUID or a counter); they only key list items.
export function emptyValueFor<P extends Prompt>(prompt: P): PromptValueFor<P>;
export function emptyValueFor(prompt: Prompt): PromptValue {
  switch (prompt.kind) {
    case "long_text":
    case "short_text":
      return "";
    case "scale":
    case "single_choice":
      return null;
    case "multiple_choice":
    case "checklist":
    case "log":
      return [];
  }
}

/** Log entries that have something written in them (a blank new row does not count). */
export function filledLogEntries(entries: readonly LogEntry[]): LogEntry[] {
  return entries.filter((e) => e.text.trim() !== "");
}

/** Whether a (valid) value counts as an answer: non-blank text, a chosen value, a non-empty list. */
export function isAnswered(prompt: Prompt, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  switch (prompt.kind) {
    case "long_text":
    case "short_text":
      return typeof value === "string" && value.trim() !== "";
    case "scale":
      return typeof value === "number";
    case "single_choice":
      return typeof value === "string" && value !== "";
    case "multiple_choice":
    case "checklist":
      return Array.isArray(value) && value.length > 0;
    case "log":
      return Array.isArray(value) && filledLogEntries(value as LogEntry[]).length > 0;
  }
}

/**
 * The prompts one person answers: a perspective's prompts, or the shared list. An unknown
 * perspective id on a perspective exercise is a programming error (the assignment pinned it).
 */
export function promptsFor(
  definition: ExerciseDefinition,
  perspectiveId: string | null | undefined,
): Prompt[] {
  if (definition.perspectives) {
    const perspective = definition.perspectives.find((p) => p.id === perspectiveId);
    if (!perspective) {
      throw new Error(`Exercise "${definition.slug}" has no perspective "${String(perspectiveId)}".`);
    }
    return perspective.prompts;
  }
  return definition.prompts ?? [];
}

/**
 * A schema for a whole answer set: prompt ids of this perspective only (an unknown id is refused),
 * each optional and validated by `answerSchemaFor`.
 */
/** Per-prompt messages, keyed by prompt id; empty when everything is in order. */
export type PromptMessages = Record<string, string>;

function requiredMessage(prompt: Prompt): string {
  switch (prompt.kind) {
    case "long_text":
    case "short_text":
      return "This one needs an answer before you send. A few words are enough.";
    case "scale":
      return "Please choose a number for this one before you send.";
    case "single_choice":
      return "Please choose an answer for this one before you send.";
    case "multiple_choice":
      return "Please choose at least one answer before you send.";
    case "checklist":
      return "Please tick at least one item before you send.";
    case "log":
      return "Please add at least one entry before you send.";
  }
}

/**
 * The required-answer half of a submission check, without zod, so the client form can run it: every
 * required prompt is answered (a required log needs `minEntries` filled entries, at least one).
 * Whether each value is valid for its prompt is checked on the server (`validateRequired` in
 * answer-schemas.ts), which answers with the same kind of per-prompt messages.
 */
export function requiredMessages(
  definition: ExerciseDefinition,
  perspectiveId: string | null | undefined,
  answers: Readonly<Record<string, unknown>>,
  skip: ReadonlySet<string> = new Set(),
): PromptMessages {
  const messages: PromptMessages = {};
  for (const prompt of promptsFor(definition, perspectiveId)) {
    if (!prompt.required || skip.has(prompt.id)) continue;
    const value = answers[prompt.id];
    if (!isAnswered(prompt, value)) {
      messages[prompt.id] = requiredMessage(prompt);
      continue;
    }
    if (prompt.kind === "log") {
      const needed = Math.max(1, prompt.minEntries ?? 1);
      const filled = filledLogEntries(value as LogEntry[]).length;
      if (filled < needed) {
        messages[prompt.id] =
          `Please add at least ${needed} entries before you send (you have ${filled} so far).`;
      }
    }
  }
  return messages;
}
