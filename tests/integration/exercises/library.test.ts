import { describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db/query-count";
import { createCustomExercise, updateCustomExercise } from "@/lib/exercises/mutations";
import { getExercise, getExerciseVersionForRender, listExercises } from "@/lib/exercises/queries";
import { customDefinition, libraryScenario } from "./support";

// The trust-repair guide and the standard measures (content/guides/standard-measures).
const MEASURE_SLUGS = ["csi-4", "gad-7", "phq-9"];
const PACK_SLUGS = [
  "clearer-communication",
  "csi-4",
  "gad-7",
  "naming-the-rupture",
  "owning-the-impact",
  "phq-9",
  "practising-repair",
  "reflection-questions",
  "slowing-down",
  "small-moments",
  "weekly-trust-check-in",
  "what-feels-okay",
];

const slugs = (list: { items: { slug: string }[] }) => list.items.map((i) => i.slug);

describe("library listing", () => {
  it("shows every guide exercise at its latest version, in the guide's section order", async () => {
    const { owner } = await libraryScenario();
    const list = await listExercises(owner, { source: "guide", pageSize: 100 });
    expect([...slugs(list)].sort()).toEqual(PACK_SLUGS);
    expect(list.total).toBe(PACK_SLUGS.length);
    expect(list.nextPage).toBeNull();
    // Packs in folder order (standard-measures, then trust-repair); in the guide, what-breaks-trust
    // comes first and reflection-questions last.
    expect(list.items[0]?.section).toEqual({ id: "standard-measures", title: "Standard measures" });
    const guide = list.items.filter((i) => !MEASURE_SLUGS.includes(i.slug));
    expect(guide[0]?.section).toEqual({ id: "what-breaks-trust", title: "What breaks trust" });
    expect(list.items.at(-1)?.section.id).toBe("reflection-questions");
    const slowing = list.items.find((i) => i.slug === "slowing-down");
    expect(slowing).toMatchObject({
      source: "guide",
      audience: "couple",
      estimatedMinutes: 20,
      version: 1,
      owner: null,
      ownedByMe: false,
      perspectives: [
        { id: "was-hurt", label: "The partner who was hurt" },
        { id: "caused-harm", label: "The partner who caused the hurt" },
      ],
    });
    expect(slowing?.promptCount).toBe(12);
  });

  it("filters by guide section", async () => {
    const { owner } = await libraryScenario();
    expect(slugs(await listExercises(owner, { section: "slowing-down", source: "guide" }))).toEqual([
      "slowing-down",
    ]);
    expect([...slugs(await listExercises(owner, { section: "patience", source: "guide" }))].sort()).toEqual([
      "small-moments",
      "weekly-trust-check-in",
    ]);
    expect((await listExercises(owner, { section: "no-such-section" })).total).toBe(0);
  });

  it("filters by audience: couples and individuals include exercises written for both", async () => {
    const { owner } = await libraryScenario();
    const couples = slugs(await listExercises(owner, { audience: "couple", source: "guide", pageSize: 100 }));
    expect(couples).toContain("slowing-down");
    expect(couples).toContain("weekly-trust-check-in");
    const individuals = slugs(
      await listExercises(owner, { audience: "individual", source: "guide", pageSize: 100 }),
    );
    expect(individuals).not.toContain("slowing-down");
    expect(individuals).toContain("weekly-trust-check-in");
    const both = slugs(await listExercises(owner, { audience: "both", source: "guide", pageSize: 100 }));
    expect(both).not.toContain("slowing-down");
    expect(both).toHaveLength(PACK_SLUGS.length - 1);
  });

  it("filters by length bucket and by maximum minutes", async () => {
    const { owner } = await libraryScenario();
    expect([...slugs(await listExercises(owner, { length: "short", source: "guide" }))].sort()).toEqual([
      ...MEASURE_SLUGS,
      "small-moments",
      "weekly-trust-check-in",
    ]);
    const long = await listExercises(owner, { length: "long", source: "guide" });
    expect(long.items.every((i) => i.estimatedMinutes > 15)).toBe(true);
    expect(slugs(long)).toContain("slowing-down");
    const medium = await listExercises(owner, { length: "medium", source: "guide", pageSize: 100 });
    expect(medium.items.every((i) => i.estimatedMinutes >= 6 && i.estimatedMinutes <= 15)).toBe(true);
    expect(medium.total).toBeGreaterThan(0);
    const upTo10 = await listExercises(owner, { maxMinutes: 10, source: "guide", pageSize: 100 });
    expect([...slugs(upTo10)].sort()).toEqual([
      ...MEASURE_SLUGS,
      "practising-repair",
      "small-moments",
      "weekly-trust-check-in",
    ]);
  });

  it("searches titles, summaries and prompt labels, ignoring case and accents, all words required", async () => {
    const { owner } = await libraryScenario();
    // A prompt label in the caused-harm perspective only.
    expect(slugs(await listExercises(owner, { q: "IN PLAIN WORDS", source: "guide" }))).toEqual([
      "slowing-down",
    ]);
    // A title.
    expect(slugs(await listExercises(owner, { q: "weekly trust", source: "guide" }))).toEqual([
      "weekly-trust-check-in",
    ]);
    // Accents in the query are ignored.
    expect(slugs(await listExercises(owner, { q: "slówing dówn", source: "guide" }))).toContain(
      "slowing-down",
    );
    // Every word must match somewhere.
    expect((await listExercises(owner, { q: "slowing zebra" })).total).toBe(0);
    // Combined with a filter.
    expect((await listExercises(owner, { q: "plain words", section: "patience" })).total).toBe(0);
  });

  it("pages through results", async () => {
    const { owner } = await libraryScenario();
    const first = await listExercises(owner, { source: "guide", pageSize: 4 });
    expect(first).toMatchObject({ page: 1, pageSize: 4, total: 12, nextPage: 2 });
    expect(first.items).toHaveLength(4);
    const third = await listExercises(owner, { source: "guide", pageSize: 4, page: 3 });
    expect(third.items).toHaveLength(4);
    expect(third.nextPage).toBeNull();
    const all = [
      ...slugs(first),
      ...slugs(await listExercises(owner, { source: "guide", pageSize: 4, page: 2 })),
      ...slugs(third),
    ];
    expect(new Set(all).size).toBe(12);
  });
});

describe("library performance", () => {
  it("lists with a fixed number of queries however many exercises, owners and originals there are", async () => {
    const s = await libraryScenario();
    await createCustomExercise(s.owner, { basedOn: "slowing-down", shared: true });
    const few = await countQueries(() => listExercises(s.colleague, { pageSize: 100 }));
    for (let i = 0; i < 6; i++) {
      await createCustomExercise(i % 2 ? s.owner : s.colleague, {
        basedOn: i % 3 ? "small-moments" : "naming-the-rupture",
        shared: true,
      });
    }
    const many = await countQueries(() => listExercises(s.colleague, { pageSize: 100 }));
    expect(many.result.total).toBe(few.result.total + 6);
    expect(many.queries).toBe(few.queries);
    expect(many.queries).toBeLessThanOrEqual(5);
  });
});

describe("who sees custom exercises", () => {
  it("a private exercise is its owner's alone: colleagues, admins and other practices get 404", async () => {
    const s = await libraryScenario();
    const created = await createCustomExercise(s.owner, { definition: customDefinition() });
    expect(created).toMatchObject({
      slug: "evening-wind-down",
      source: "custom",
      ownedByMe: true,
      shared: false,
      canEdit: true,
      version: 1,
    });

    expect(slugs(await listExercises(s.owner, { source: "mine" }))).toEqual(["evening-wind-down"]);
    expect(slugs(await listExercises(s.owner, { q: "wind-down" }))).toEqual(["evening-wind-down"]);
    for (const actor of [s.colleague, s.admin, s.outsider]) {
      expect(slugs(await listExercises(actor, { pageSize: 100 }))).not.toContain("evening-wind-down");
      await expect(getExercise(actor, "evening-wind-down")).rejects.toMatchObject({ status: 404 });
    }
    await expect(
      updateCustomExercise(s.colleague, "evening-wind-down", { shared: false }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      updateCustomExercise(s.outsider, "evening-wind-down", { shared: true }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("a shared exercise is read-only for colleagues and admins, still invisible to other practices", async () => {
    const s = await libraryScenario();
    await createCustomExercise(s.owner, { definition: customDefinition(), shared: true });

    const seen = await getExercise(s.colleague, "evening-wind-down");
    expect(seen).toMatchObject({
      ownedByMe: false,
      canEdit: false,
      shared: true,
      owner: { id: s.owner.userId },
    });
    expect(slugs(await listExercises(s.colleague, { source: "shared" }))).toEqual(["evening-wind-down"]);
    expect(slugs(await listExercises(s.colleague, { source: "mine" }))).toEqual([]);
    expect((await getExercise(s.admin, "evening-wind-down")).canEdit).toBe(false);

    await expect(
      updateCustomExercise(s.colleague, "evening-wind-down", {
        definition: customDefinition({ title: "Mine now" }),
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      updateCustomExercise(s.colleague, "evening-wind-down", { shared: false }),
    ).rejects.toMatchObject({ status: 403 });

    await expect(getExercise(s.outsider, "evening-wind-down")).rejects.toMatchObject({ status: 404 });
    expect(slugs(await listExercises(s.outsider, { pageSize: 100 }))).not.toContain("evening-wind-down");

    // Unsharing hides it again.
    await updateCustomExercise(s.owner, "evening-wind-down", { shared: false });
    await expect(getExercise(s.colleague, "evening-wind-down")).rejects.toMatchObject({ status: 404 });
  });

  it("clients have no library (403) and nobody edits guide exercises (403)", async () => {
    const s = await libraryScenario();
    await expect(listExercises(s.client)).rejects.toMatchObject({ status: 403 });
    await expect(getExercise(s.client, "slowing-down")).rejects.toMatchObject({ status: 403 });
    await expect(createCustomExercise(s.client, { basedOn: "slowing-down" })).rejects.toMatchObject({
      status: 403,
    });
    await expect(createCustomExercise(s.admin, { basedOn: "slowing-down" })).rejects.toMatchObject({
      status: 403,
    });
    await expect(updateCustomExercise(s.owner, "slowing-down", { shared: false })).rejects.toMatchObject({
      status: 403,
    });
  });

  it("renders a pinned version for anyone in the practice, clients included, and 404s elsewhere", async () => {
    const s = await libraryScenario();
    const created = await createCustomExercise(s.owner, { definition: customDefinition() });
    for (const actor of [s.owner, s.colleague, s.admin, s.client]) {
      const version = await getExerciseVersionForRender(actor, created.versionId);
      expect(version).toMatchObject({ slug: "evening-wind-down", version: 1, title: "Evening wind-down" });
    }
    for (const actor of [s.outsider, s.outsiderClient]) {
      await expect(getExerciseVersionForRender(actor, created.versionId)).rejects.toMatchObject({
        status: 404,
      });
    }
    await expect(getExerciseVersionForRender(s.owner, "no-such-version")).rejects.toMatchObject({
      status: 404,
    });
    // Guide versions render for every practice.
    const pack = await getExercise(s.owner, "slowing-down");
    const rendered = await getExerciseVersionForRender(s.outsiderClient, pack.versionId);
    expect(rendered.definition.perspectives?.map((p) => p.id)).toEqual(["was-hurt", "caused-harm"]);
  });
});
