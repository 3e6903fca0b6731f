import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ContentValidationError } from "@/lib/exercises/load-pack";
import { getExercise, getExerciseVersionForRender } from "@/lib/exercises/queries";
import { syncContentPacks } from "@/lib/exercises/sync";
import { unique } from "../../support/factories";
import { createAssignmentRow, libraryScenario } from "./support";

// Shipped packs: a changed file becomes a new version on the next start; assignments keep theirs.
// These tests sync a small temporary pack (its own slugs) and remove it afterwards, so the shared
// worker database keeps only the real guide.

const PACK_DIR = path.resolve(__dirname, "../../../content/guides/trust-repair");
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function tempPack(): Promise<{ root: string; packSlug: string; exerciseSlug: string; file: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), "mend-pack-"));
  const packSlug = unique("pack").toLowerCase();
  const exerciseSlug = unique("pinned").toLowerCase();
  await mkdir(path.join(root, packSlug));
  const packYaml = (await readFile(path.join(PACK_DIR, "pack.yaml"), "utf8")).replace(
    "slug: trust-repair",
    `slug: ${packSlug}`,
  );
  await writeFile(path.join(root, packSlug, "pack.yaml"), packYaml);
  const exerciseYaml = (await readFile(path.join(PACK_DIR, "small-moments.yaml"), "utf8")).replace(
    "slug: small-moments",
    `slug: ${exerciseSlug}`,
  );
  const file = path.join(root, packSlug, `${exerciseSlug}.yaml`);
  await writeFile(file, exerciseYaml);
  cleanups.push(async () => {
    await rm(root, { recursive: true, force: true });
    const exercises = await db.exercise.findMany({
      where: { scope: `pack:${packSlug}` },
      select: { id: true },
    });
    const ids = exercises.map((e) => e.id);
    await db.assignment.deleteMany({ where: { exerciseVersion: { exerciseId: { in: ids } } } });
    await db.exerciseVersion.deleteMany({ where: { exerciseId: { in: ids } } });
    await db.exercise.deleteMany({ where: { id: { in: ids } } });
  });
  return { root, packSlug, exerciseSlug, file };
}

describe("content pack sync", () => {
  it("adds a version when a file changes, none when it does not, and pinned assignments keep the old one", async () => {
    const s = await libraryScenario();
    const pack = await tempPack();
    expect((await syncContentPacks(db, pack.root)).created).toBe(1);
    expect((await syncContentPacks(db, pack.root)).created).toBe(0);

    const v1 = await getExercise(s.owner, pack.exerciseSlug);
    expect(v1).toMatchObject({ version: 1, source: "guide" });
    const assignment = await createAssignmentRow(s.owner, v1.versionId);

    const source = await readFile(pack.file, "utf8");
    await writeFile(
      pack.file,
      source
        .replace("title: Small moments", "title: Small moments, noticed")
        .replace("version: 1", "version: 2"),
    );
    expect((await syncContentPacks(db, pack.root)).created).toBe(1);

    const latest = await getExercise(s.owner, pack.exerciseSlug);
    expect(latest).toMatchObject({ version: 2, title: "Small moments, noticed" });
    const pinned = await getExerciseVersionForRender(s.client, assignment.exerciseVersionId);
    expect(pinned).toMatchObject({ version: 1, title: "Small moments" });
    expect(pinned.definition).toEqual(v1.definition);
  });

  it("stops on a malformed file with its path, the field and what was expected, writing nothing", async () => {
    const pack = await tempPack();
    const source = await readFile(pack.file, "utf8");
    await writeFile(pack.file, source.replace("estimatedMinutes: 5", "estimatedMinutes: five"));
    const attempt = syncContentPacks(db, pack.root);
    await expect(attempt).rejects.toBeInstanceOf(ContentValidationError);
    const error = (await attempt.catch((e: unknown) => e)) as ContentValidationError;
    expect(error.message).toContain(
      `${pack.exerciseSlug}.yaml: estimatedMinutes: expected number, received string`,
    );
    expect(error.file).toContain(path.join(pack.packSlug, `${pack.exerciseSlug}.yaml`));
    expect(await db.exercise.count({ where: { scope: `pack:${pack.packSlug}` } })).toBe(0);
  });
});
