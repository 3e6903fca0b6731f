import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { syncContentPacks } from "@/lib/exercises/sync";
import { packScope } from "@/lib/exercises/scope";
import { storedDefinition } from "@/lib/exercises/definition";
import { unique } from "../../support/factories";

// Issue 15's content changes reach a running database the normal way: a practice whose database holds
// the pack as it was before (tests/fixtures/trust-repair-before-issue-15) gets one new version of each
// changed exercise on the next sync, and nothing new for the others. Synced under a throwaway pack slug
// so the worker's real guide is untouched.

const BEFORE = path.resolve(__dirname, "../../fixtures/trust-repair-before-issue-15");
const NOW = path.resolve(__dirname, "../../../content/guides/trust-repair");
const CHANGED = [
  "naming-the-rupture",
  "owning-the-impact",
  "practising-repair",
  "reflection-questions",
  "slowing-down",
  "small-moments",
];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function packAt(root: string, slug: string, from: string) {
  const dir = path.join(root, slug);
  await rm(dir, { recursive: true, force: true });
  await cp(from, dir, { recursive: true });
  const packFile = path.join(dir, "pack.yaml");
  await writeFile(
    packFile,
    (await readFile(packFile, "utf8")).replace("slug: trust-repair", `slug: ${slug}`),
  );
  // Only the exercises that existed before: files another change adds later are not this test's.
  const before = new Set(await readdir(BEFORE));
  for (const name of await readdir(dir)) if (!before.has(name)) await rm(path.join(dir, name));
}

async function versionsBySlug(scope: string) {
  const rows = await db.exercise.findMany({
    where: { scope },
    select: {
      slug: true,
      versions: { orderBy: { version: "asc" }, select: { version: true, definition: true } },
    },
  });
  return new Map(rows.map((r) => [r.slug, r.versions]));
}

describe("content fair to both partners, as new versions", () => {
  it("adds a version to each changed exercise only, keeping the old ones", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "mend-fair-"));
    const slug = unique("pack").toLowerCase();
    cleanups.push(async () => {
      await rm(root, { recursive: true, force: true });
      const ids = (
        await db.exercise.findMany({ where: { scope: packScope(slug) }, select: { id: true } })
      ).map((e) => e.id);
      await db.exerciseVersion.deleteMany({ where: { exerciseId: { in: ids } } });
      await db.exercise.deleteMany({ where: { id: { in: ids } } });
    });

    await packAt(root, slug, BEFORE);
    await syncContentPacks(db, root);
    await packAt(root, slug, NOW);
    await syncContentPacks(db, root);

    const versions = await versionsBySlug(packScope(slug));
    for (const [exercise, list] of versions) {
      expect(
        list.map((v) => v.version),
        exercise,
      ).toEqual(CHANGED.includes(exercise) ? [1, 2] : [1]);
    }
    const latest = (exercise: string) => storedDefinition(versions.get(exercise)!.at(-1)!.definition);
    const first = (exercise: string) => storedDefinition(versions.get(exercise)![0]!.definition);

    // Written for one side before; now each partner gets their own questions.
    for (const exercise of ["owning-the-impact", "naming-the-rupture"]) {
      expect(first(exercise).perspectives, exercise).toBeUndefined();
      expect(
        latest(exercise)
          .perspectives?.map((p) => p.id)
          .sort(),
        exercise,
      ).toEqual(["caused-harm", "was-hurt"]);
    }
    // Logs had a required minimum; now they are suggestions and "not ready yet" can be sent.
    for (const exercise of ["small-moments", "practising-repair"]) {
      const prompts = latest(exercise).prompts!;
      const log = prompts.find((p) => p.kind === "log")!;
      expect(log, exercise).toMatchObject({ required: false });
      expect(log, exercise).not.toHaveProperty("minEntries");
      expect(
        prompts.some((p) => p.required),
        exercise,
      ).toBe(false);
      const whereIAm = prompts.find((p) => p.id === "where-i-am");
      expect(whereIAm && "options" in whereIAm ? whereIAm.options.map((o) => o.id) : [], exercise).toContain(
        "not-ready",
      );
    }
  });
});
