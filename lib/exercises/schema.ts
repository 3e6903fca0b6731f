// Schema for exercise content packs (content/guides/<pack>/*.yaml).
//
// Shared by the loader (server), client components that render prompts, and tests, so this file
// must stay free of Node-only imports and of "server-only".
import { z } from "zod";

// Slugs and ids end up in URLs, database keys and answer records; kebab-case keeps them readable
// and stable, and rules out accidental spaces or capitals that would make two ids look alike.
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const kebab = () =>
  z.string().regex(KEBAB, {
    error: (iss) =>
      `expected kebab-case (lowercase letters, digits, single hyphens, e.g. "slowing-down"), received ${JSON.stringify(iss.input)}`,
  });

// Client-facing text must never be blank: an empty label renders as an unanswerable question.
const text = () => z.string().trim().min(1, { error: "expected non-empty text" });

// Reports every id that appears more than once, pointing at the later duplicate so the author
// can find it. Used for prompts, perspectives, choice options and checklist items: answers are
// stored by id, so a duplicate would silently merge two answers.
function requireUniqueIds(list: readonly { id: string }[], ctx: z.RefinementCtx, what: string) {
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      ctx.addIssue({
        code: "custom",
        path: [index, "id"],
        message: `expected unique ${what} ids, "${entry.id}" is used more than once`,
      });
    }
    seen.add(entry.id);
  });
}

// An option in a choice prompt or an item in a checklist.
const choiceSchema = z.strictObject({ id: kebab(), label: text() });
const choiceList = (what: string, min: number) =>
  z
    .array(choiceSchema)
    .min(min, { error: `expected at least ${min} ${what}` })
    .superRefine((list, ctx) => requireUniqueIds(list, ctx, what));

// Fields every prompt has. Objects are strict so a misspelt key (e.g. `minlabel`) is an error
// rather than a silently ignored field.
const base = {
  id: kebab(),
  label: text(),
  help: text().optional(),
  // Defaults to optional: people write about painful things here, and forcing an answer to
  // submit pushes them to type filler. Authors opt in per prompt.
  required: z.boolean().default(false),
};

const longTextSchema = z.strictObject({
  ...base,
  kind: z.literal("long_text"),
  // Caps guard against typos (an extra zero) producing an unbounded text field.
  maxLength: z.number().int().positive().max(50_000).default(10_000),
});

const shortTextSchema = z.strictObject({
  ...base,
  kind: z.literal("short_text"),
  maxLength: z.number().int().positive().max(1_000).default(300),
});

const scaleSchema = z
  .strictObject({
    ...base,
    kind: z.literal("scale"),
    // Integers so answers from different weeks can be charted and compared exactly.
    min: z.number().int(),
    max: z.number().int(),
    // Both ends are labelled: a bare "0-10" means different things to different people.
    minLabel: text(),
    maxLabel: text(),
  })
  .refine((s) => s.min < s.max, {
    path: ["max"],
    error: "expected max to be greater than min",
  });

const singleChoiceSchema = z.strictObject({
  ...base,
  kind: z.literal("single_choice"),
  options: choiceList("option", 2),
});

const multipleChoiceSchema = z.strictObject({
  ...base,
  kind: z.literal("multiple_choice"),
  options: choiceList("option", 2),
});

const checklistSchema = z.strictObject({
  ...base,
  kind: z.literal("checklist"),
  items: choiceList("item", 1),
});

// A repeatable entry (date + text), for things noticed over several days.
const logSchema = z.strictObject({
  ...base,
  kind: z.literal("log"),
  entryLabel: text(),
  minEntries: z.number().int().min(0).optional(),
});

const promptOptions = [
  longTextSchema,
  shortTextSchema,
  scaleSchema,
  singleChoiceSchema,
  multipleChoiceSchema,
  checklistSchema,
  logSchema,
] as const;

/** Every prompt kind, in schema order (handy for renderers and for coverage tests). */
export const PROMPT_KINDS = promptOptions.map((o) => o.shape.kind.value);

export const promptSchema = z.discriminatedUnion("kind", promptOptions, {
  // zod's default here is a bare "Invalid input"; authors need to see the allowed kinds.
  error: (iss) => {
    if (iss.code !== "invalid_union") return undefined;
    const kind = (iss.input as { kind?: unknown } | undefined)?.kind;
    const expected = `one of ${PROMPT_KINDS.join(", ")}`;
    return kind === undefined
      ? `required field is missing (expected ${expected})`
      : `expected ${expected}, received ${JSON.stringify(kind)}`;
  },
});

const promptList = z
  .array(promptSchema)
  .min(1, { error: "expected at least 1 prompt" })
  .superRefine((list, ctx) => requireUniqueIds(list, ctx, "prompt"));

// One partner's view of a shared exercise (e.g. the partner who was hurt), with its own prompts.
export const perspectiveSchema = z.strictObject({
  id: kebab(),
  label: text(),
  prompts: promptList,
});

// The published questionnaires Mend scores (lib/measures). An exercise that names one is a measure:
// its answers go to the therapist only, and its item ids must match lib/measures/instruments.ts.
export const MEASURE_INSTRUMENTS = ["phq-9", "gad-7", "csi-4"] as const;
export type MeasureInstrument = (typeof MEASURE_INSTRUMENTS)[number];

const measureSchema = z.strictObject({
  instrument: z.enum(MEASURE_INSTRUMENTS),
  // The published source, shown with the measure; the wording is reproduced, never paraphrased.
  citation: text(),
  licence: text(),
});

export const exerciseSchema = z
  .strictObject({
    slug: kebab(),
    // Bumped by the author on meaningful edits; the database also stores a content hash, so a
    // forgotten bump is still detected.
    version: z.number().int().positive(),
    title: text(),
    summary: text(),
    section: kebab(),
    audience: z.enum(["individual", "couple", "both"]),
    estimatedMinutes: z.number().int().positive().max(240),
    // Every exercise credits the guide it came from.
    credit: z.strictObject({ source: text(), author: text(), section: text() }),
    intro: text().optional(),
    perspectives: z
      .array(perspectiveSchema)
      .min(2, { error: "expected at least 2 perspectives (otherwise use top-level prompts)" })
      .superRefine((list, ctx) => requireUniqueIds(list, ctx, "perspective"))
      .optional(),
    prompts: promptList.optional(),
    measure: measureSchema.optional(),
  })
  .superRefine((def, ctx) => {
    // Either everyone answers the same prompts, or each perspective has its own; mixing both
    // would leave it unclear what a partner is actually asked.
    const hasPerspectives = def.perspectives !== undefined;
    const hasPrompts = def.prompts !== undefined;
    if (hasPerspectives === hasPrompts) {
      ctx.addIssue({
        code: "custom",
        path: hasPrompts ? ["prompts"] : [],
        message: hasPrompts
          ? "expected either perspectives or prompts, not both"
          : "expected either perspectives or prompts, found neither",
      });
    }
  });

export const packSchema = z.strictObject({
  slug: kebab(),
  title: text(),
  summary: text().optional(),
  source: z.strictObject({
    title: text(),
    author: text(),
    // How the pack relates to the source (e.g. prompts are in our own words).
    note: text(),
  }),
  sections: z
    .array(z.strictObject({ id: kebab(), title: text() }))
    .min(1, { error: "expected at least 1 section" })
    .superRefine((list, ctx) => requireUniqueIds(list, ctx, "section")),
});

export type Prompt = z.infer<typeof promptSchema>;
export type PromptKind = Prompt["kind"];
export type Perspective = z.infer<typeof perspectiveSchema>;
export type ExerciseDefinition = z.infer<typeof exerciseSchema>;
export type PackDefinition = z.infer<typeof packSchema>;

/**
 * The prompt lists of an exercise: one per perspective, or a single list with perspectiveId null.
 * Saves every caller from re-deciding between `perspectives` and `prompts`.
 */
export function promptLists(def: ExerciseDefinition): { perspectiveId: string | null; prompts: Prompt[] }[] {
  if (def.perspectives) {
    return def.perspectives.map((p) => ({ perspectiveId: p.id, prompts: p.prompts }));
  }
  return [{ perspectiveId: null, prompts: def.prompts ?? [] }];
}
