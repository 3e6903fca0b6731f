import type { PrismaClient } from "@/lib/db/client";
import { contentHash, loadAllPacks } from "./load-pack";
import type { ExerciseDefinition } from "./schema";
import { packScope } from "./scope";

// Shipped packs are copied into the database as immutable versions on every start and deploy.
// A changed file gets a new version number (keyed by content hash); an unchanged one is left alone,
// and assignments keep pointing at the version they were given with.

/**
 * Saves `definition` as the next immutable version of an exercise, unless a version with the same
 * content hash exists already (then that one is returned with created: false). Takes a client or
 * a transaction.
 */
export async function saveExerciseVersion(
  db: Pick<PrismaClient, "exerciseVersion">,
  exerciseId: string,
  definition: ExerciseDefinition,
): Promise<{ id: string; version: number; created: boolean }> {
  const hash = contentHash(definition);
  const existing = await db.exerciseVersion.findUnique({
    where: { exerciseId_contentHash: { exerciseId, contentHash: hash } },
    select: { id: true, version: true },
  });
  if (existing) return { ...existing, created: false };
  const latest = await db.exerciseVersion.findFirst({
    where: { exerciseId },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  const version = (latest?.version ?? 0) + 1;
  const row = await db.exerciseVersion.create({
    data: {
      exerciseId,
      version,
      contentHash: hash,
      title: definition.title,
      section: definition.section,
      audience: definition.audience,
      estimatedMinutes: definition.estimatedMinutes,
      definition: definition as object,
    },
    select: { id: true, version: true },
  });
  return { ...row, created: true };
}

export async function syncContentPacks(db: PrismaClient, contentRoot?: string): Promise<{ created: number }> {
  const packs = await loadAllPacks(contentRoot);
  let created = 0;
  for (const { pack, exercises } of packs) {
    for (const definition of exercises) {
      const scope = packScope(pack.slug);
      const exercise = await db.exercise.upsert({
        where: { scope_slug: { scope, slug: definition.slug } },
        update: {},
        create: { scope, slug: definition.slug, shared: true },
        select: { id: true },
      });
      if ((await saveExerciseVersion(db, exercise.id, definition)).created) created += 1;
    }
  }
  return { created };
}
