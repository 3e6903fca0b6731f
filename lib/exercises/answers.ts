// Answer values for exercise prompts: their types, how to validate one against its prompt, and the
// "is everything required answered?" check used before a submission.
//
// Pure (zod only): shared by the completion form in the browser, the response API on the server,
// the preview, and tests.
import { z } from "zod";
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
const LOG_ENTRY_ID = /^[A-Za-z0-9_-]{1,64}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

// Counts characters the way a textarea's maxLength does (UTF-16 code units), so the limit the
// browser enforces and the one the server checks agree.
const boundedText = (max: number) =>
  z.string().max(max, { error: `Please keep this under ${max.toLocaleString("en-US")} characters.` });

function idList(ids: readonly string[], what: string) {
  const allowed = new Set(ids);
  return z
    .array(z.string())
    .max(ids.length)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      for (const [index, id] of list.entries()) {
        if (!allowed.has(id)) ctx.addIssue({ code: "custom", path: [index], message: `That ${what} is not one of the choices.` });
        else if (seen.has(id)) ctx.addIssue({ code: "custom", path: [index], message: `That ${what} is chosen twice.` });
        seen.add(id);
      }
    });
}

/**
 * A zod schema for one prompt's answer value. Accepts the empty value of the kind (drafts), and
 * refuses values of the wrong type, out-of-range scales, unknown option ids, over-long text and
 * invalid log dates.
 */
export function answerSchemaFor(prompt: Prompt): z.ZodType<PromptValue> {
  switch (prompt.kind) {
    case "long_text":
    case "short_text":
      return boundedText(prompt.maxLength);
    case "scale":
      return z
        .number()
        .int({ error: "Please choose one of the numbers." })
        .min(prompt.min, { error: `Please choose a number from ${prompt.min} to ${prompt.max}.` })
        .max(prompt.max, { error: `Please choose a number from ${prompt.min} to ${prompt.max}.` })
        .nullable();
    case "single_choice": {
      const ids = prompt.options.map((o) => o.id);
      return z
        .string()
        .refine((id) => ids.includes(id), { error: "That answer is not one of the choices." })
        .nullable();
    }
    case "multiple_choice":
      return idList(
        prompt.options.map((o) => o.id),
        "answer",
      );
    case "checklist":
      return idList(
        prompt.items.map((i) => i.id),
        "item",
      );
    case "log":
      return z
        .array(
          z.strictObject({
            id: z.string().regex(LOG_ENTRY_ID, { error: "Each entry needs a simple id." }),
            date: z.string().refine(isRealDate, { error: "Please enter a date like 2025-03-14." }),
            text: boundedText(LOG_ENTRY_MAX_LENGTH),
          }),
        )
        .max(LOG_MAX_ENTRIES, { error: `Please keep this to ${LOG_MAX_ENTRIES} entries or fewer.` })
        .superRefine((entries, ctx) => {
          const seen = new Set<string>();
          for (const [index, entry] of entries.entries()) {
            if (seen.has(entry.id)) ctx.addIssue({ code: "custom", path: [index, "id"], message: "Each entry needs its own id." });
            seen.add(entry.id);
          }
        });
  }
}

/** The value a prompt starts with before anyone answers it. */
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
export function promptsFor(definition: ExerciseDefinition, perspectiveId: string | null | undefined): Prompt[] {
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
export function answersSchemaFor(definition: ExerciseDefinition, perspectiveId: string | null | undefined) {
  const shape: Record<string, z.ZodOptional<z.ZodType<PromptValue>>> = {};
  for (const prompt of promptsFor(definition, perspectiveId)) shape[prompt.id] = answerSchemaFor(prompt).optional();
  return z.strictObject(shape);
}

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
 * The check a submission must pass: each value present is valid for its prompt, and every required
 * prompt is answered (a required log needs `minEntries` filled entries, at least one). Optional
 * prompts may be left empty. Returns a message per problem prompt, in the form's own words.
 */
export function validateRequired(
  definition: ExerciseDefinition,
  perspectiveId: string | null | undefined,
  answers: Readonly<Record<string, unknown>>,
): PromptMessages {
  const messages: PromptMessages = {};
  for (const prompt of promptsFor(definition, perspectiveId)) {
    const value = answers[prompt.id];
    if (value !== undefined) {
      const parsed = answerSchemaFor(prompt).safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        messages[prompt.id] =
          issue && issue.code !== "invalid_type" ? issue.message : "This answer could not be read. Please answer it again.";
        continue;
      }
    }
    if (!prompt.required) continue;
    if (!isAnswered(prompt, value)) {
      messages[prompt.id] = requiredMessage(prompt);
      continue;
    }
    if (prompt.kind === "log") {
      const needed = Math.max(1, prompt.minEntries ?? 1);
      const filled = filledLogEntries(value as LogEntry[]).length;
      if (filled < needed) {
        messages[prompt.id] = `Please add at least ${needed} entries before you send (you have ${filled} so far).`;
      }
    }
  }
  return messages;
}
