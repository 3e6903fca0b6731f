import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateRequired } from "../../../lib/exercises/answer-schemas";
import { loadPack } from "../../../lib/exercises/load-pack";
import { promptLists, type ExerciseDefinition } from "../../../lib/exercises/schema";

// Issue 15: exercises fit the partner answering them, and "not ready yet" is an honest answer that
// can be sent, never something to hide behind invented entries.

const PACK_DIR = path.resolve(__dirname, "../../../content/guides/trust-repair");

async function exercise(slug: string): Promise<ExerciseDefinition> {
  const { exercises } = await loadPack(PACK_DIR);
  return exercises.find((e) => e.slug === slug)!;
}

describe("content fair to both partners", () => {
  it("gives owning-the-impact and naming-the-rupture a perspective for each side", async () => {
    for (const slug of ["owning-the-impact", "naming-the-rupture"]) {
      const def = await exercise(slug);
      expect(def.perspectives?.map((p) => p.label).sort(), slug).toEqual([
        "The partner who caused the hurt",
        "The partner who was hurt",
      ]);
    }
  });

  it("lets the partner who was hurt send 'not ready yet' and nothing else", async () => {
    const owning = await exercise("owning-the-impact");
    expect(validateRequired(owning, "was-hurt", { "where-i-am": "not-ready" })).toEqual({});
    for (const slug of ["small-moments", "practising-repair"]) {
      const def = await exercise(slug);
      expect(validateRequired(def, null, { "where-i-am": "not-ready" }), slug).toEqual({});
      expect(validateRequired(def, null, {}), slug).toEqual({});
    }
  });

  it("asks no log prompt for a minimum number of entries", async () => {
    const { exercises } = await loadPack(PACK_DIR);
    for (const def of exercises)
      for (const list of promptLists(def))
        for (const prompt of list.prompts)
          if (prompt.kind === "log") expect(prompt.minEntries ?? 0, `${def.slug}.${prompt.id}`).toBe(0);
  });
});
