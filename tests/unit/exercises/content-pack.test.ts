import path from "node:path";
import { describe, it, expect } from "vitest";
import { contentHash, loadAllPacks, loadPack } from "../../../lib/exercises/load-pack";
import {
  PROMPT_KINDS,
  promptLists,
  type ExerciseDefinition,
  type Prompt,
} from "../../../lib/exercises/schema";

// Resolved from this file rather than process.cwd() so the test runs from any working directory.
const CONTENT_ROOT = path.resolve(__dirname, "../../../content/guides");
const PACK_DIR = path.join(CONTENT_ROOT, "trust-repair");

function allPrompts(def: ExerciseDefinition): Prompt[] {
  return promptLists(def).flatMap((l) => l.prompts);
}

function find(exercises: ExerciseDefinition[], slug: string): ExerciseDefinition {
  const def = exercises.find((e) => e.slug === slug);
  if (!def) throw new Error(`exercise ${slug} not found`);
  return def;
}

describe("trust-repair content pack", () => {
  it("loads every pack under content/guides through the schema", async () => {
    const packs = await loadAllPacks(CONTENT_ROOT);
    expect(packs.map((p) => p.pack.slug)).toContain("trust-repair");
    for (const { exercises } of packs) expect(exercises.length).toBeGreaterThan(0);
  });

  it("has pack metadata crediting the guide", async () => {
    const { pack } = await loadPack(PACK_DIR);
    expect(pack.slug).toBe("trust-repair");
    expect(pack.source.author).toBe("Tim Jackson, LMFT");
    expect(pack.source.title).toBe("Trust Issues? How to Repair and Reconnect After a Rupture");
    expect(pack.sections.map((s) => s.id)).toEqual([
      "what-breaks-trust",
      "slowing-down",
      "accountability",
      "transparency",
      "boundaries",
      "repair-attempts",
      "patience",
      "reflection-questions",
    ]);
  });

  it("has at least 9 exercises, each crediting the guide", async () => {
    const { pack, exercises } = await loadPack(PACK_DIR);
    expect(exercises.length).toBeGreaterThanOrEqual(9);
    for (const def of exercises) {
      expect(def.credit.source, def.slug).toBe(pack.source.title);
      expect(def.credit.author, def.slug).toBe(pack.source.author);
    }
  });

  it("covers every section of the pack", async () => {
    const { pack, exercises } = await loadPack(PACK_DIR);
    const covered = new Set(exercises.map((e) => e.section));
    const missing = pack.sections.filter((s) => !covered.has(s.id)).map((s) => s.id);
    expect(missing).toEqual([]);
  });

  it("gives slowing-down one perspective for each partner", async () => {
    const { exercises } = await loadPack(PACK_DIR);
    const def = find(exercises, "slowing-down");
    expect(def.audience).toBe("couple");
    expect(def.prompts).toBeUndefined();
    const ids = (def.perspectives ?? []).map((p) => p.id).sort();
    expect(ids).toEqual(["caused-harm", "was-hurt"]);
    for (const p of def.perspectives ?? []) expect(p.prompts.length).toBeGreaterThanOrEqual(3);
  });

  it("makes the weekly check-in chartable: 3+ labelled 0-10 scales and one open question", async () => {
    const { exercises } = await loadPack(PACK_DIR);
    const prompts = allPrompts(find(exercises, "weekly-trust-check-in"));
    const scales = prompts.filter((p) => p.kind === "scale");
    expect(scales.length).toBeGreaterThanOrEqual(3);
    expect(scales.length).toBeLessThanOrEqual(4);
    for (const s of scales) {
      expect(s.min).toBe(0);
      expect(s.max).toBe(10);
      expect(s.minLabel.length).toBeGreaterThan(0);
      expect(s.maxLabel.length).toBeGreaterThan(0);
    }
    const open = prompts.filter((p) => p.kind === "long_text" || p.kind === "short_text");
    expect(open).toHaveLength(1);
  });

  it("uses every prompt kind somewhere in the pack", async () => {
    const { exercises } = await loadPack(PACK_DIR);
    const used = new Set(exercises.flatMap(allPrompts).map((p) => p.kind));
    expect([...PROMPT_KINDS].filter((k) => !used.has(k))).toEqual([]);
  });

  it("uses repeatable logs for repair attempts and patience", async () => {
    const { exercises } = await loadPack(PACK_DIR);
    for (const section of ["repair-attempts", "patience"]) {
      const kinds = exercises
        .filter((e) => e.section === section)
        .flatMap(allPrompts)
        .map((p) => p.kind);
      expect(kinds, section).toContain("log");
    }
  });
});

describe("contentHash", () => {
  it("is a stable sha256 hex digest, independent of key order", async () => {
    const { exercises } = await loadPack(PACK_DIR);
    const def = find(exercises, "naming-the-rupture");
    const again = find((await loadPack(PACK_DIR)).exercises, "naming-the-rupture");
    expect(contentHash(def)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(again)).toBe(contentHash(def));

    // Same content with keys in reverse order (at every level) hashes the same.
    const reversed = JSON.parse(JSON.stringify(def), (_key, value: unknown) =>
      value && typeof value === "object" && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as ExerciseDefinition;
    expect(Object.keys(reversed)[0]).not.toBe(Object.keys(def)[0]);
    expect(contentHash(reversed)).toBe(contentHash(def));
  });

  it("changes when a prompt label changes", async () => {
    const { exercises } = await loadPack(PACK_DIR);
    const def = find(exercises, "slowing-down");
    const edited = structuredClone(def);
    const prompt = edited.perspectives?.[0]?.prompts[0];
    if (!prompt) throw new Error("slowing-down has no prompts");
    prompt.label = `${prompt.label} (edited)`;
    expect(contentHash(edited)).not.toBe(contentHash(def));
  });
});
