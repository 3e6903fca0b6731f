import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { contentHash } from "@/lib/exercises/load-pack";
import { createCustomExercise, updateCustomExercise } from "@/lib/exercises/mutations";
import { getExercise, getExerciseVersionForRender, listExercises } from "@/lib/exercises/queries";
import { exerciseSchema, type ExerciseDefinition } from "@/lib/exercises/schema";
import { createAssignmentRow, customDefinition, libraryScenario } from "./support";

function withFirstLabel(def: ExerciseDefinition, label: string): ExerciseDefinition {
  const copy = structuredClone(def);
  const prompt = copy.perspectives?.[0]?.prompts[0] ?? copy.prompts?.[0];
  if (!prompt) throw new Error("no prompt");
  prompt.label = label;
  return copy;
}

describe("duplicating", () => {
  it("copies the latest version of a guide exercise into the practice as version 1 of '<slug>-copy'", async () => {
    const s = await libraryScenario();
    const original = await getExercise(s.owner, "slowing-down");
    const copy = await createCustomExercise(s.owner, { basedOn: "slowing-down" });

    expect(copy).toMatchObject({
      slug: "slowing-down-copy",
      title: "Slowing down (copy)",
      version: 1,
      source: "custom",
      ownedByMe: true,
      shared: false,
      canEdit: true,
      versionCreated: true,
      basedOn: { slug: "slowing-down", title: "Slowing down" },
    });
    // Same prompts and credit; only slug, title (and so the hash) differ.
    expect(copy.definition.perspectives).toEqual(original.definition.perspectives);
    expect(copy.definition.credit).toEqual(original.definition.credit);
    expect(exerciseSchema.safeParse(copy.definition).success).toBe(true);
    expect(copy.shown.contentHash).toBe(contentHash(copy.definition));

    const row = await db.exercise.findFirstOrThrow({
      where: { slug: "slowing-down-copy", practiceId: s.practice.id },
    });
    expect(row).toMatchObject({ scope: `practice:${s.practice.id}`, ownerId: s.owner.userId, shared: false });
    expect(row.basedOnId).not.toBeNull();

    // The guide exercise itself is untouched.
    expect((await getExercise(s.owner, "slowing-down")).versions).toHaveLength(original.versions.length);
  });

  it("derives -2, -3 on further copies, per practice, and can copy a colleague's shared exercise", async () => {
    const s = await libraryScenario();
    expect((await createCustomExercise(s.owner, { basedOn: "slowing-down" })).slug).toBe("slowing-down-copy");
    expect((await createCustomExercise(s.owner, { basedOn: "slowing-down" })).slug).toBe(
      "slowing-down-copy-2",
    );
    // A colleague's copies share the practice's slug space, even while the first ones are private.
    expect((await createCustomExercise(s.colleague, { basedOn: "slowing-down" })).slug).toBe(
      "slowing-down-copy-3",
    );
    // Another practice starts afresh.
    expect((await createCustomExercise(s.outsider, { basedOn: "slowing-down" })).slug).toBe(
      "slowing-down-copy",
    );

    // Duplicating a colleague's exercise needs it shared.
    await expect(createCustomExercise(s.owner, { basedOn: "slowing-down-copy-3" })).rejects.toMatchObject({
      status: 404,
    });
    await updateCustomExercise(s.colleague, "slowing-down-copy-3", { shared: true });
    const mine = await createCustomExercise(s.owner, { basedOn: "slowing-down-copy-3" });
    expect(mine).toMatchObject({
      slug: "slowing-down-copy-3-copy",
      ownedByMe: true,
      basedOn: { slug: "slowing-down-copy-3" },
    });
    // Other practices cannot duplicate what they cannot see.
    await expect(createCustomExercise(s.outsider, { basedOn: "slowing-down-copy-2" })).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("writing a new exercise", () => {
  it("derives the slug from the title, fills in the credit and validates with the pack schema", async () => {
    const s = await libraryScenario();
    const created = await createCustomExercise(s.owner, {
      definition: customDefinition({ title: "Gentle Évening check!" }),
    });
    expect(created.slug).toBe("gentle-evening-check");
    expect(created.definition).toMatchObject({
      slug: "gentle-evening-check",
      version: 1,
      credit: { source: "Custom exercise", author: s.owner.name, section: "Patience" },
    });
    // Schema defaults are applied (long text gets its default maxLength).
    expect(created.definition.prompts?.[1]).toMatchObject({
      kind: "long_text",
      maxLength: 10_000,
      required: false,
    });
    expect(created.basedOn).toBeNull();
  });

  it("refuses an explicit slug already used in the practice or by the guide with 409 and a suggestion", async () => {
    const s = await libraryScenario();
    await createCustomExercise(s.owner, { definition: customDefinition({ slug: "wind-down" }) });
    await expect(
      createCustomExercise(s.colleague, { definition: customDefinition({ slug: "wind-down" }) }),
    ).rejects.toMatchObject({
      status: 409,
      details: { path: "definition.slug", suggestion: "wind-down-2" },
    });
    await expect(
      createCustomExercise(s.owner, { definition: customDefinition({ slug: "slowing-down" }) }),
    ).rejects.toMatchObject({
      status: 409,
    });
    // Another practice may use the same slug.
    expect(
      (await createCustomExercise(s.outsider, { definition: customDefinition({ slug: "wind-down" }) })).slug,
    ).toBe("wind-down");
  });

  it("reports schema problems as 422 with the field path and what was expected", async () => {
    const s = await libraryScenario();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [customDefinition({ title: "   " }), "definition.title", /non-empty/],
      [
        customDefinition({ audience: "family" }),
        "definition.audience",
        /expected one of "individual", "couple", "both"/,
      ],
      [customDefinition({ section: "not-a-section" }), "definition.section", /guide's sections/],
      [
        customDefinition({ estimatedMinutes: "ten" }),
        "definition.estimatedMinutes",
        /expected number, received string/,
      ],
      [
        customDefinition({
          prompts: [{ id: "s", kind: "scale", label: "How?", min: 5, max: 1, minLabel: "a", maxLabel: "b" }],
        }),
        "definition.prompts.0.max",
        /greater than min/,
      ],
      [
        customDefinition({ prompts: [{ id: "x", kind: "essay", label: "Write" }] }),
        "definition.prompts.0.kind",
        /expected one of long_text/,
      ],
      [customDefinition({ prompts: [] }), "definition.prompts", /at least 1 prompt/],
      [customDefinition({ slug: "Bad Slug" }), "definition.slug", /kebab-case/],
      [customDefinition({ colour: "blue" }), "definition", /unexpected field "colour"/],
    ];
    for (const [definition, path, message] of cases) {
      const attempt = createCustomExercise(s.owner, { definition });
      await expect(attempt, path).rejects.toMatchObject({ status: 422 });
      const error = (await attempt.catch((e: unknown) => e)) as {
        details: { path: string; message: string }[];
      };
      const detail = error.details.find((d) => d.path === path);
      expect(detail, `${path} in ${JSON.stringify(error.details)}`).toBeDefined();
      expect(detail?.message).toMatch(message);
    }
    // Nothing was stored.
    expect(await db.exercise.count({ where: { practiceId: s.practice.id } })).toBe(0);
  });
});

describe("editing and versions", () => {
  it("a changed definition adds an immutable version; an unchanged one adds none", async () => {
    const s = await libraryScenario();
    const copy = await createCustomExercise(s.owner, { basedOn: "slowing-down" });
    const v1 = copy.definition;

    const edited = withFirstLabel(v1, "What are you noticing in yourself right now?");
    const saved = await updateCustomExercise(s.owner, copy.slug, {
      definition: edited as unknown as Record<string, unknown>,
      expectedVersion: 1,
    });
    expect(saved).toMatchObject({ version: 2, versionCreated: true, shown: { version: 2 } });
    expect(saved.definition.version).toBe(2);
    expect(saved.definition.perspectives?.[0]?.prompts[0]?.label).toBe(
      "What are you noticing in yourself right now?",
    );
    expect(saved.shown.contentHash).not.toBe(copy.shown.contentHash);
    expect(saved.versions.map((v) => v.version)).toEqual([2, 1]);

    // Saving the same content again (whatever version number the editor sent) adds nothing.
    const again = await updateCustomExercise(s.owner, copy.slug, {
      definition: { ...saved.definition, version: 7 } as unknown as Record<string, unknown>,
    });
    expect(again).toMatchObject({ version: 2, versionCreated: false });
    expect(
      await db.exerciseVersion.count({
        where: {
          exerciseId: (
            await db.exercise.findFirstOrThrow({ where: { slug: copy.slug, practiceId: s.practice.id } })
          ).id,
        },
      }),
    ).toBe(2);

    // Version 1 is still there, exactly as it was.
    const old = await getExercise(s.owner, copy.slug, { version: 1 });
    expect(old.shown).toMatchObject({ version: 1, contentHash: copy.shown.contentHash });
    expect(old.definition).toEqual(v1);
    expect(old.version).toBe(2);
    await expect(getExercise(s.owner, copy.slug, { version: 3 })).rejects.toMatchObject({ status: 404 });

    // The list shows the latest.
    const listed = (await listExercises(s.owner, { source: "mine" })).items.find((i) => i.slug === copy.slug);
    expect(listed?.version).toBe(2);
  });

  it("reverting to earlier content makes a new version rather than reusing the old one", async () => {
    const s = await libraryScenario();
    const created = await createCustomExercise(s.owner, { definition: customDefinition() });
    const base = customDefinition();
    await updateCustomExercise(s.owner, created.slug, { definition: { ...base, title: "Changed" } });
    const reverted = await updateCustomExercise(s.owner, created.slug, { definition: base });
    expect(reverted).toMatchObject({ version: 3, versionCreated: true, title: "Evening wind-down" });
  });

  it("refuses a stale editor (409), a slug change (422) and an invalid edit (422) without adding versions", async () => {
    const s = await libraryScenario();
    const created = await createCustomExercise(s.owner, { definition: customDefinition() });
    await updateCustomExercise(s.owner, created.slug, { definition: customDefinition({ title: "Second" }) });

    await expect(
      updateCustomExercise(s.owner, created.slug, {
        definition: customDefinition({ title: "Third" }),
        expectedVersion: 1,
      }),
    ).rejects.toMatchObject({ status: 409, details: { latestVersion: 2 } });
    await expect(
      updateCustomExercise(s.owner, created.slug, { definition: customDefinition({ slug: "renamed" }) }),
    ).rejects.toMatchObject({ status: 422, details: [{ path: "definition.slug" }] });
    await expect(
      updateCustomExercise(s.owner, created.slug, {
        definition: customDefinition({ prompts: [{ id: "a", kind: "long_text", label: "" }] }),
      }),
    ).rejects.toMatchObject({ status: 422, details: [{ path: "definition.prompts.0.label" }] });

    expect((await getExercise(s.owner, created.slug)).versions).toHaveLength(2);
  });

  it("keeps the credit when an edit leaves it out, and toggles sharing without a new version", async () => {
    const s = await libraryScenario();
    const copy = await createCustomExercise(s.owner, { basedOn: "slowing-down" });
    const { credit: _credit, ...withoutCredit } = copy.definition;
    const saved = await updateCustomExercise(s.owner, copy.slug, {
      definition: { ...withoutCredit, title: "My slowing down" },
    });
    expect(saved.definition.credit).toEqual(copy.definition.credit);

    const shared = await updateCustomExercise(s.owner, copy.slug, { shared: true });
    expect(shared).toMatchObject({ shared: true, version: 2, versionCreated: false });
  });
});

describe("version pinning", () => {
  it("an assignment made with version 1 still resolves to version 1 after version 2 is saved", async () => {
    const s = await libraryScenario();
    const copy = await createCustomExercise(s.owner, { basedOn: "slowing-down" });
    const assignment = await createAssignmentRow(s.owner, copy.versionId);
    const originalLabel = copy.definition.perspectives?.[0]?.prompts[0]?.label;

    await updateCustomExercise(s.owner, copy.slug, {
      definition: withFirstLabel(copy.definition, "A new first question") as unknown as Record<
        string,
        unknown
      >,
    });
    expect((await getExercise(s.owner, copy.slug)).version).toBe(2);

    const row = await db.assignment.findUniqueOrThrow({
      where: { id: assignment.id },
      select: { exerciseVersionId: true },
    });
    expect(row.exerciseVersionId).toBe(copy.versionId);
    for (const actor of [s.owner, s.client]) {
      const pinned = await getExerciseVersionForRender(actor, row.exerciseVersionId);
      expect(pinned.version).toBe(1);
      expect(pinned.definition).toEqual(copy.definition);
      expect(pinned.definition.perspectives?.[0]?.prompts[0]?.label).toBe(originalLabel);
    }

    // Unsharing or further edits never change what the assignment shows.
    await updateCustomExercise(s.owner, copy.slug, { shared: true });
    await updateCustomExercise(s.owner, copy.slug, { shared: false });
    expect((await getExerciseVersionForRender(s.colleague, row.exerciseVersionId)).definition).toEqual(
      copy.definition,
    );
  });
});
