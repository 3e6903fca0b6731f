import path from "node:path";
import { describe, expect, it } from "vitest";
import { answerSchemaFor, answersSchemaFor, validateRequired } from "../../../lib/exercises/answer-schemas";
import { emptyValueFor, isAnswered, promptsFor, requiredMessages } from "../../../lib/exercises/answers";
import { loadPack } from "../../../lib/exercises/load-pack";
import {
  exerciseSchema,
  promptSchema,
  PROMPT_KINDS,
  type ExerciseDefinition,
  type Prompt,
} from "../../../lib/exercises/schema";

const PACK_DIR = path.resolve(__dirname, "../../../content/guides/trust-repair");

const prompt = (p: Record<string, unknown>): Prompt => promptSchema.parse(p);

const P = {
  long: prompt({ id: "long", kind: "long_text", label: "Tell me", maxLength: 20 }),
  short: prompt({ id: "short", kind: "short_text", label: "Briefly" }),
  scale: prompt({
    id: "scale",
    kind: "scale",
    label: "How much?",
    min: 0,
    max: 10,
    minLabel: "None",
    maxLabel: "Lots",
  }),
  single: prompt({
    id: "single",
    kind: "single_choice",
    label: "Pick",
    options: [
      { id: "a", label: "A" },
      { id: "b", label: "B" },
    ],
  }),
  multi: prompt({
    id: "multi",
    kind: "multiple_choice",
    label: "Pick some",
    options: [
      { id: "a", label: "A" },
      { id: "b", label: "B" },
    ],
  }),
  check: prompt({
    id: "check",
    kind: "checklist",
    label: "Tick",
    items: [
      { id: "x", label: "X" },
      { id: "y", label: "Y" },
    ],
  }),
  log: prompt({ id: "log", kind: "log", label: "Moments", entryLabel: "What happened", minEntries: 2 }),
};

const ok = (p: Prompt, value: unknown) => answerSchemaFor(p).safeParse(value).success;

describe("answerSchemaFor", () => {
  it("has a schema for every prompt kind, and each accepts the kind's empty value", () => {
    const byKind = new Map(Object.values(P).map((p) => [p.kind, p]));
    for (const kind of PROMPT_KINDS) {
      const p = byKind.get(kind);
      expect(p, kind).toBeDefined();
      expect(ok(p!, emptyValueFor(p!)), kind).toBe(true);
      expect(isAnswered(p!, emptyValueFor(p!)), kind).toBe(false);
    }
  });

  it("text: a string within maxLength", () => {
    expect(ok(P.long, "x".repeat(20))).toBe(true);
    expect(ok(P.long, "x".repeat(21))).toBe(false);
    expect(ok(P.short, "x".repeat(300))).toBe(true); // the schema's default
    expect(ok(P.short, "x".repeat(301))).toBe(false);
    expect(ok(P.long, 42)).toBe(false);
    expect(ok(P.long, null)).toBe(false);
  });

  it("scale: an integer from min to max, or null", () => {
    expect(ok(P.scale, 0)).toBe(true);
    expect(ok(P.scale, 10)).toBe(true);
    expect(ok(P.scale, null)).toBe(true);
    expect(ok(P.scale, 11)).toBe(false);
    expect(ok(P.scale, -1)).toBe(false);
    expect(ok(P.scale, 2.5)).toBe(false);
    expect(ok(P.scale, "5")).toBe(false);
  });

  it("single choice: one known option id, or null", () => {
    expect(ok(P.single, "a")).toBe(true);
    expect(ok(P.single, null)).toBe(true);
    expect(ok(P.single, "c")).toBe(false);
    expect(ok(P.single, ["a"])).toBe(false);
  });

  it("multiple choice and checklist: known ids, each once", () => {
    expect(ok(P.multi, ["a", "b"])).toBe(true);
    expect(ok(P.multi, [])).toBe(true);
    expect(ok(P.multi, ["a", "a"])).toBe(false);
    expect(ok(P.multi, ["z"])).toBe(false);
    expect(ok(P.check, ["y"])).toBe(true);
    expect(ok(P.check, ["a"])).toBe(false);
    expect(ok(P.check, "x")).toBe(false);
  });

  it("log: entries with an id, a real calendar date and bounded text", () => {
    const entry = { id: "e1", date: "2025-03-14", text: "We talked calmly." };
    expect(ok(P.log, [entry])).toBe(true);
    expect(ok(P.log, [{ ...entry, text: "" }])).toBe(true); // a blank new row in a draft
    expect(ok(P.log, [{ ...entry, date: "2025-02-30" }])).toBe(false);
    expect(ok(P.log, [{ ...entry, date: "14/03/2025" }])).toBe(false);
    expect(ok(P.log, [{ ...entry, text: "x".repeat(2001) }])).toBe(false);
    expect(ok(P.log, [entry, { ...entry }])).toBe(false); // duplicate ids
    expect(ok(P.log, [{ ...entry, id: "bad id!" }])).toBe(false);
    expect(ok(P.log, [{ ...entry, extra: true }])).toBe(false);
  });
});

describe("validateRequired", () => {
  const def: ExerciseDefinition = exerciseSchema.parse({
    slug: "demo",
    version: 1,
    title: "Demo",
    summary: "Demo",
    section: "patience",
    audience: "both",
    estimatedMinutes: 5,
    credit: { source: "A guide", author: "Someone", section: "Patience" },
    prompts: [
      { ...P.long, required: true },
      { ...P.scale, required: true },
      { ...P.multi, required: true },
      { ...P.log, required: true },
      { ...P.short, required: false },
      { ...P.single, required: false },
    ],
  });

  it("names every required prompt left empty, in words for the client", () => {
    const messages = validateRequired(def, null, {});
    expect(Object.keys(messages).sort()).toEqual(["log", "long", "multi", "scale"]);
    expect(messages.long).toMatch(/needs an answer/);
    expect(messages.scale).toMatch(/choose a number/);
    expect(messages.multi).toMatch(/at least one/);
    expect(messages.log).toMatch(/at least one entry/);
  });

  it("treats blank text and blank log rows as unanswered, and asks for minEntries filled entries", () => {
    const messages = validateRequired(def, null, {
      long: "   ",
      scale: 0,
      multi: ["a"],
      log: [
        { id: "1", date: "2025-03-01", text: "Something kind" },
        { id: "2", date: "2025-03-02", text: "  " },
      ],
    });
    expect(messages).toEqual({
      long: expect.stringMatching(/needs an answer/),
      log: "Please add at least 2 entries before you send (you have 1 so far).",
    });
  });

  it("passes when required prompts are answered (0 on a scale counts), optional ones may stay empty", () => {
    expect(
      validateRequired(def, null, {
        long: "Yes",
        scale: 0,
        multi: ["b"],
        log: [
          { id: "1", date: "2025-03-01", text: "One" },
          { id: "2", date: "2025-03-02", text: "Two" },
        ],
        short: "",
        single: null,
      }),
    ).toEqual({});
  });

  it("reports invalid values, optional prompts included", () => {
    const messages = validateRequired(def, null, {
      long: "Yes",
      scale: 42,
      multi: ["b"],
      log: [],
      single: "nope",
      short: 7,
    });
    expect(messages.scale).toMatch(/from 0 to 10/);
    expect(messages.single).toMatch(/not one of the choices/);
    expect(messages.short).toMatch(/could not be read/);
    expect(messages.log).toMatch(/at least one entry/);
  });

  it("checks one perspective's prompts only, and refuses an unknown perspective", async () => {
    const { exercises } = await loadPack(PACK_DIR);
    const slowing = exercises.find((e) => e.slug === "slowing-down")!;
    const hurt = validateRequired(slowing, "was-hurt", {});
    expect(Object.keys(hurt).sort()).toEqual(["feelings-in-words", "readiness", "what-would-help-safety"]);
    const harm = validateRequired(slowing, "caused-harm", {});
    expect(Object.keys(harm).sort()).toEqual(["follow-through", "impact-on-partner", "what-i-did"]);
    expect(() => validateRequired(slowing, "someone-else", {})).toThrow(/no perspective "someone-else"/);
    expect(promptsFor(slowing, "caused-harm").map((p) => p.id)).toContain("what-i-did");
  });

  it("answersSchemaFor refuses answers to prompts of another perspective", async () => {
    const { exercises } = await loadPack(PACK_DIR);
    const slowing = exercises.find((e) => e.slug === "slowing-down")!;
    const schema = answersSchemaFor(slowing, "was-hurt");
    expect(schema.safeParse({ "feelings-in-words": "Sad", readiness: "ready" }).success).toBe(true);
    expect(schema.safeParse({ "what-i-did": "Something" }).success).toBe(false);
    expect(schema.safeParse({ readiness: "sometime" }).success).toBe(false);
  });
});

describe("requiredMessages (the client form's check, without zod)", () => {
  it("agrees with validateRequired on missing required answers", async () => {
    const { exercises } = await loadPack(PACK_DIR);
    for (const def of exercises) {
      const perspectives = def.perspectives?.map((p) => p.id) ?? [null];
      for (const perspective of perspectives) {
        expect(requiredMessages(def, perspective, {})).toEqual(validateRequired(def, perspective, {}));
      }
    }
  });
});
