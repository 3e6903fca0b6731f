// API shapes for the exercise library: request schemas (zod in) and DTOs (typed out). Pure: the
// editor and the library pages import the types too.
import { z } from "zod";
import { AUDIENCES } from "./filters";
import { exerciseSchema } from "./schema";

export const SLUG_MAX_LENGTH = 80;
export const slugParam = z
  .string()
  .min(1)
  .max(SLUG_MAX_LENGTH)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be an exercise slug (kebab-case)");
export const slugParams = z.object({ slug: slugParam });

export const exerciseDetailQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .optional()
    .describe("A specific version; the latest when absent"),
});

// The definition is checked against the content-pack schema by the service (not here), so its
// problems come back as 422 with the field path inside the definition, like the loader reports them.
const definitionInput = z
  .record(z.string(), z.unknown())
  .describe(
    "An exercise definition in the content-pack format (slug, title, summary, section, audience, estimatedMinutes, intro?, perspectives | prompts). version is set by the server; credit and slug are filled in when absent.",
  );

export const createExerciseBody = z
  .strictObject({
    basedOn: slugParam.optional().describe("Slug of a visible exercise to duplicate (its latest version)"),
    definition: definitionInput.optional(),
    shared: z.boolean().optional().describe("Visible read-only to the practice's other clinicians"),
  })
  .refine((b) => b.basedOn !== undefined || b.definition !== undefined, {
    message: "expected basedOn (to duplicate an exercise) or definition (to write a new one)",
    path: ["definition"],
  });
export type CreateExerciseInput = z.infer<typeof createExerciseBody>;

export const updateExerciseBody = z
  .strictObject({
    definition: definitionInput.optional(),
    shared: z.boolean().optional(),
    expectedVersion: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe("The latest version the editor started from; a different latest version answers 409"),
  })
  .refine((b) => b.definition !== undefined || b.shared !== undefined, {
    message: "expected definition and/or shared",
    path: ["definition"],
  });
export type UpdateExerciseInput = z.infer<typeof updateExerciseBody>;

const personDto = z.object({ id: z.string(), name: z.string() });

export const exerciseSummaryDto = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  section: z.object({ id: z.string(), title: z.string() }),
  audience: z.enum(AUDIENCES),
  estimatedMinutes: z.number().int(),
  /** The latest version's number and id. */
  version: z.number().int(),
  versionId: z.string(),
  source: z.enum(["guide", "custom"]),
  owner: personDto.nullable(),
  ownedByMe: z.boolean(),
  shared: z.boolean(),
  basedOn: z.object({ slug: z.string(), title: z.string() }).nullable(),
  perspectives: z.array(z.object({ id: z.string(), label: z.string() })),
  promptCount: z.number().int(),
  updatedAt: z.string(),
});
export type ExerciseSummary = z.infer<typeof exerciseSummaryDto>;

export const exerciseListDto = z.object({
  items: z.array(exerciseSummaryDto),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  nextPage: z.number().int().nullable(),
});
export type ExerciseList = z.infer<typeof exerciseListDto>;

export const versionInfoDto = z.object({
  id: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type VersionInfo = z.infer<typeof versionInfoDto>;

export const exerciseDetailDto = exerciseSummaryDto.extend({
  /** The version shown (the latest unless ?version= asked for another). */
  shown: versionInfoDto.extend({ contentHash: z.string() }),
  definition: exerciseSchema,
  versions: z.array(versionInfoDto),
  canEdit: z.boolean(),
});
export type ExerciseDetail = z.infer<typeof exerciseDetailDto>;

export const exerciseSaveDto = exerciseDetailDto.extend({
  /** False when the saved content was identical to the latest version (no new version). */
  versionCreated: z.boolean(),
});
export type ExerciseSave = z.infer<typeof exerciseSaveDto>;
