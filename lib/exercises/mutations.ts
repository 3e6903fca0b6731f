import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db, Prisma } from "@/lib/db";
import { conflict, forbidden, unprocessable } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { getSections, sectionTitle } from "./catalog";
import { contentHash } from "./load-pack";
import { storedDefinition } from "./definition";
import { exerciseDetail, exerciseSelect, findVisibleExercise } from "./queries";
import { PACK_SCOPE_PREFIX, practiceScope } from "./scope";
import type { ExerciseDefinition } from "./schema";
import {
  SLUG_MAX_LENGTH,
  slugParam,
  type CreateExerciseInput,
  type ExerciseSave,
  type UpdateExerciseInput,
} from "./schemas";
import { saveExerciseVersion } from "./sync";
import { checkDefinition, type DefinitionIssue } from "./validation";

// Custom exercises: written from scratch or duplicated from a visible one, stored in the practice's
// scope, owned by the clinician who made them, validated by the content-pack schema and versioned
// the same way (a save with changed content adds an immutable version; an identical save adds none).

const CUSTOM_CREDIT_SOURCE = "Custom exercise";

/** "Slowing down, gently!" → "slowing-down-gently" (kebab-case, at most 60 characters). */
function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "exercise";
}

function clip(base: string, suffix: string): string {
  return `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/g, "")}${suffix}`;
}

/** Slugs the practice cannot use: its own custom ones (any owner, archived too) and every pack's. */
async function takenSlugs(practiceId: string, candidates: readonly string[]): Promise<Set<string>> {
  const rows = await db.exercise.findMany({
    where: {
      slug: { in: [...candidates] },
      OR: [{ scope: { startsWith: PACK_SCOPE_PREFIX } }, { scope: practiceScope(practiceId) }],
    },
    select: { slug: true },
  });
  return new Set(rows.map((r) => r.slug));
}

/** The first free slug among base, base-2, base-3, ... */
async function freeSlug(practiceId: string, base: string): Promise<string> {
  for (let start = 1; start < 1000; start += 50) {
    const candidates = Array.from({ length: 50 }, (_, i) =>
      start + i === 1 ? clip(base, "") : clip(base, `-${start + i}`),
    );
    const taken = await takenSlugs(practiceId, candidates);
    const free = candidates.find((c) => !taken.has(c));
    if (free) return free;
  }
  throw conflict("Could not find a free name for this exercise. Please choose another title.");
}

function invalid(issues: DefinitionIssue[]): never {
  throw unprocessable(
    "The exercise is not valid yet. Please check the highlighted fields.",
    issues.map((i) => ({ path: i.path ? `definition.${i.path}` : "definition", message: i.message })),
  );
}

/**
 * Completes and validates a definition from the editor or the API: the server owns `version`;
 * `slug` and `credit` get defaults; the section must be one of the guide's sections.
 */
async function validateCustomDefinition(
  actor: Actor,
  input: Record<string, unknown>,
  fixed: { slug: string; version: number },
): Promise<ExerciseDefinition> {
  const sections = await getSections();
  const section = typeof input.section === "string" ? input.section : "";
  const candidate: Record<string, unknown> = {
    ...input,
    slug: fixed.slug,
    version: fixed.version,
    credit: input.credit ?? {
      source: CUSTOM_CREDIT_SOURCE,
      author: actor.name,
      section: sectionTitle(sections, section || "custom"),
    },
  };
  const checked = checkDefinition(candidate);
  if (!checked.ok) invalid(checked.issues);
  // A published measure is scored and raises risk alerts by its item ids: a copy could reword it.
  if (checked.definition.measure) {
    invalid([
      {
        path: "measure",
        message:
          "A published measure can't be copied or edited: its wording must stay exactly as published. Assign the measure itself.",
      },
    ]);
  }
  if (sections.length > 0 && !sections.some((s) => s.id === checked.definition.section)) {
    invalid([
      {
        path: "section",
        message: `expected one of the guide's sections (${sections.map((s) => s.id).join(", ")}), received "${checked.definition.section}"`,
      },
    ]);
  }
  return checked.definition;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Creates a custom exercise: a duplicate of `basedOn` (its latest version, as version 1 of the
 * copy, under "<slug>-copy"), or a new `definition`, or both (a duplicate with edits).
 */
export async function createCustomExercise(actor: Actor, input: CreateExerciseInput): Promise<ExerciseSave> {
  assertCan(actor, "write:exercise:own");
  let basedOnId: string | null = null;
  let source: Record<string, unknown> | undefined = input.definition;
  let slug: string;

  if (input.basedOn !== undefined) {
    const original = await findVisibleExercise(actor, input.basedOn);
    basedOnId = original.id;
    if (!source) {
      const latest = await db.exerciseVersion.findFirstOrThrow({
        where: { exerciseId: original.id },
        orderBy: { version: "desc" },
        select: { definition: true },
      });
      const def = storedDefinition(latest.definition);
      source = { ...def, title: `${def.title} (copy)` } as Record<string, unknown>;
    }
  }
  if (!source) throw unprocessable("Please give the exercise a definition or choose one to duplicate.");

  if (typeof source.slug === "string" && input.definition !== undefined && source.slug !== "") {
    // An explicit slug is the author's choice: a clash is reported rather than renamed.
    slug = source.slug;
    const checked = slugParam.safeParse(slug);
    if (!checked.success) {
      invalid([
        {
          path: "slug",
          message: `expected kebab-case of at most ${SLUG_MAX_LENGTH} characters (e.g. "slowing-down"), received ${JSON.stringify(slug)}`,
        },
      ]);
    }
    if ((await takenSlugs(actor.practiceId, [slug])).has(slug)) {
      throw conflict(`The name "${slug}" is already used in your library. Please choose another.`, {
        path: "definition.slug",
        suggestion: await freeSlug(actor.practiceId, slug),
      });
    }
  } else if (input.basedOn !== undefined) {
    slug = await freeSlug(actor.practiceId, `${input.basedOn}-copy`);
  } else {
    slug = await freeSlug(actor.practiceId, slugify(typeof source.title === "string" ? source.title : ""));
  }

  const definition = await validateCustomDefinition(actor, source, { slug, version: 1 });
  try {
    const exercise = await db.$transaction(async (tx) => {
      const created = await tx.exercise.create({
        data: {
          scope: practiceScope(actor.practiceId),
          slug,
          practiceId: actor.practiceId,
          ownerId: actor.userId,
          shared: input.shared ?? false,
          basedOnId,
        },
        select: exerciseSelect,
      });
      await saveExerciseVersion(tx, created.id, definition);
      await recordAudit(
        actor,
        { action: "exercise.created", subjectType: "Exercise", subjectId: created.id },
        {},
        { tx },
      );
      return created;
    });
    return { ...(await exerciseDetail(actor, exercise)), versionCreated: true };
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict("Another exercise took that name a moment ago. Please try again.");
    throw error;
  }
}

/**
 * Edits one of the actor's own custom exercises: a changed definition becomes a new immutable
 * version (identical content adds none); `shared` toggles whether colleagues see it.
 * Someone else's exercise the actor can see is a 403; one they cannot see is a 404.
 */
export async function updateCustomExercise(
  actor: Actor,
  slug: string,
  input: UpdateExerciseInput,
): Promise<ExerciseSave> {
  assertCan(actor, "write:exercise:own");
  const row = await findVisibleExercise(actor, slug);
  if (row.scope.startsWith(PACK_SCOPE_PREFIX)) {
    throw forbidden("Exercises from the guide can't be changed. Duplicate it to make your own version.");
  }
  if (row.ownerId !== actor.userId)
    throw forbidden("Only the clinician who wrote this exercise can change it.");

  const latest = await db.exerciseVersion.findFirstOrThrow({
    where: { exerciseId: row.id },
    orderBy: { version: "desc" },
    select: { version: true, contentHash: true },
  });
  if (input.expectedVersion !== undefined && input.expectedVersion !== latest.version) {
    throw conflict(
      `This exercise was saved elsewhere (it is now at version ${latest.version}). Reload to see the latest before saving.`,
      {
        latestVersion: latest.version,
      },
    );
  }

  let versionCreated = false;
  if (input.definition !== undefined) {
    if (typeof input.definition.slug === "string" && input.definition.slug !== row.slug) {
      invalid([
        { path: "slug", message: `the slug of an existing exercise can't change (expected "${row.slug}")` },
      ]);
    }
    const credit = input.definition.credit;
    const definition = await validateCustomDefinition(
      actor,
      credit === undefined ? { ...input.definition, credit: await currentCredit(row.id) } : input.definition,
      { slug: row.slug, version: latest.version },
    );
    // Unchanged content (compared at the current version number) adds no version.
    if (contentHash(definition) !== latest.contentHash) {
      try {
        const saved = await saveExerciseVersion(db, row.id, { ...definition, version: latest.version + 1 });
        versionCreated = saved.created;
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict("This exercise was saved elsewhere at the same moment. Reload and try again.");
        throw error;
      }
    }
  }
  let shared = row.shared;
  if (input.shared !== undefined && input.shared !== row.shared) {
    await db.exercise.update({ where: { id: row.id }, data: { shared: input.shared } });
    shared = input.shared;
  }
  if (versionCreated || shared !== row.shared) {
    await recordAudit(actor, {
      action: "exercise.updated",
      subjectType: "Exercise",
      subjectId: row.id,
      metadata: { newVersion: versionCreated, shared },
    });
  }
  return { ...(await exerciseDetail(actor, { ...row, shared })), versionCreated };
}

// An edit that leaves out `credit` keeps the one the exercise already has.
async function currentCredit(exerciseId: string): Promise<unknown> {
  const latest = await db.exerciseVersion.findFirstOrThrow({
    where: { exerciseId },
    orderBy: { version: "desc" },
    select: { definition: true },
  });
  return storedDefinition(latest.definition).credit;
}
