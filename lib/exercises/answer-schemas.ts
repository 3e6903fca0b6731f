// Answer values checked with zod: the server's side of answer validation. Kept apart from
// answers.ts so client pages (the completion form) do not ship zod; the form runs only the
// required-answer check there and shows the server's messages for anything else.
import { z } from "zod";
import {
  LOG_ENTRY_MAX_LENGTH,
  LOG_MAX_ENTRIES,
  promptsFor,
  requiredMessages,
  type PromptMessages,
  type PromptValue,
} from "./answers";
import type { ExerciseDefinition, Prompt } from "./schema";

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
        if (!allowed.has(id))
          ctx.addIssue({ code: "custom", path: [index], message: `That ${what} is not one of the choices.` });
        else if (seen.has(id))
          ctx.addIssue({ code: "custom", path: [index], message: `That ${what} is chosen twice.` });
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
            if (seen.has(entry.id))
              ctx.addIssue({ code: "custom", path: [index, "id"], message: "Each entry needs its own id." });
            seen.add(entry.id);
          }
        });
  }
}

/** The value a prompt starts with before anyone answers it. */
export function answersSchemaFor(definition: ExerciseDefinition, perspectiveId: string | null | undefined) {
  const shape: Record<string, z.ZodOptional<z.ZodType<PromptValue>>> = {};
  for (const prompt of promptsFor(definition, perspectiveId))
    shape[prompt.id] = answerSchemaFor(prompt).optional();
  return z.strictObject(shape);
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
    if (value === undefined) continue;
    const parsed = answerSchemaFor(prompt).safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      messages[prompt.id] =
        issue && issue.code !== "invalid_type"
          ? issue.message
          : "This answer could not be read. Please answer it again.";
    }
  }
  const all = {
    ...messages,
    ...requiredMessages(definition, perspectiveId, answers, new Set(Object.keys(messages))),
  };
  // In the form's order, so the first message is the first problem on the page.
  const ordered: PromptMessages = {};
  for (const prompt of promptsFor(definition, perspectiveId))
    if (all[prompt.id]) ordered[prompt.id] = all[prompt.id]!;
  return ordered;
}
