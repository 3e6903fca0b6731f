import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, it, expect } from "vitest";
import { ContentValidationError, loadPack } from "../../../lib/exercises/load-pack";

const PACK_YAML = `
slug: demo
title: Demo pack
source:
  title: A guide
  author: Someone, LMFT
  note: In our own words.
sections:
  - id: one
    title: Section one
`;

// A valid exercise; each test swaps in a broken variant of it.
const VALID = `
slug: broken
version: 1
title: A title
summary: A summary.
section: one
audience: both
estimatedMinutes: 5
credit: { source: A guide, author: "Someone, LMFT", section: Section one }
prompts:
  - id: how-safe
    kind: scale
    label: How safe?
    required: true
    min: 0
    max: 10
    minLabel: Not safe
    maxLabel: Very safe
  - id: notes
    kind: long_text
    label: Anything else?
`;

let root: string;
let counter = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "mend-content-"));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

// Writes a pack folder named "demo" holding pack.yaml and one exercise file, and returns the
// loader's error (failing the test if loading succeeds).
async function loadError(
  exerciseYaml: string,
  fileName = "broken.yaml",
): Promise<{ error: ContentValidationError; file: string }> {
  const dir = path.join(root, `case-${counter++}`, "demo");
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "pack.yaml"), PACK_YAML);
  const file = path.join(dir, fileName);
  await writeFile(file, exerciseYaml);
  try {
    await loadPack(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(ContentValidationError);
    return { error: err as ContentValidationError, file };
  }
  throw new Error("expected loadPack to fail");
}

describe("content validation errors name the file, the field and what was expected", () => {
  it("accepts the valid baseline", async () => {
    const dir = path.join(root, "valid", "demo");
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "pack.yaml"), PACK_YAML);
    await writeFile(path.join(dir, "broken.yaml"), VALID);
    const { exercises } = await loadPack(dir);
    expect(exercises).toHaveLength(1);
    // Defaults are applied.
    expect(exercises[0]?.prompts?.[1]).toMatchObject({ required: false, maxLength: 10000 });
  });

  it("scale max given as a string (inside a perspective)", async () => {
    const yaml = VALID.replace(
      /prompts:[\s\S]*$/,
      `perspectives:
  - id: was-hurt
    label: Hurt
    prompts:
      - { id: a, kind: short_text, label: A? }
      - { id: b, kind: short_text, label: B? }
      - { id: c, kind: scale, label: C?, min: 0, max: "10", minLabel: low, maxLabel: high }
  - id: caused-harm
    label: Caused
    prompts:
      - { id: a, kind: short_text, label: A? }
`,
    );
    const { error, file } = await loadError(yaml);
    expect(error.message).toContain(
      `${file}: perspectives.0.prompts.2.max: expected number, received string`,
    );
    expect(error.file).toBe(file);
    expect(error.issues).toEqual([
      { path: "perspectives.0.prompts.2.max", message: "expected number, received string" },
    ]);
  });

  it("missing title", async () => {
    const { error, file } = await loadError(VALID.replace("title: A title\n", ""));
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/: title: required field is missing \(expected string\)/);
  });

  it("unknown prompt kind", async () => {
    const { error, file } = await loadError(VALID.replace("kind: long_text", "kind: essay"));
    expect(error.message).toContain(`${file}: prompts.1.kind: expected one of`);
    expect(error.message).toContain("long_text");
    expect(error.message).toContain('received "essay"');
  });

  it("duplicate prompt ids", async () => {
    const { error, file } = await loadError(VALID.replace("id: notes", "id: how-safe"));
    expect(error.message).toContain(`${file}: prompts.1.id: expected unique prompt ids`);
    expect(error.message).toContain('"how-safe"');
  });

  it("both perspectives and prompts", async () => {
    const yaml = VALID.replace(
      "prompts:",
      `perspectives:
  - id: was-hurt
    label: Hurt
    prompts: [{ id: a, kind: short_text, label: A? }]
  - id: caused-harm
    label: Caused
    prompts: [{ id: a, kind: short_text, label: A? }]
prompts:`,
    );
    const { error, file } = await loadError(yaml);
    expect(error.message).toContain(`${file}: prompts: expected either perspectives or prompts, not both`);
  });

  it("neither perspectives nor prompts", async () => {
    const { error, file } = await loadError(VALID.replace(/prompts:[\s\S]*$/, ""));
    expect(error.message).toContain(`${file}: expected either perspectives or prompts, found neither`);
  });

  it("scale with min not below max", async () => {
    const { error } = await loadError(VALID.replace("max: 10", "max: 0"));
    expect(error.message).toMatch(/prompts\.0\.max: expected max to be greater than min/);
  });

  it("duplicate choice option ids", async () => {
    const yaml = VALID.replace(
      /prompts:[\s\S]*$/,
      `prompts:
  - id: pick
    kind: single_choice
    label: Pick one
    options: [{ id: yes, label: Yes }, { id: yes, label: Also yes }]
`,
    );
    const { error } = await loadError(yaml);
    expect(error.message).toMatch(/prompts\.0\.options\.1\.id: expected unique option ids/);
  });

  it("misspelt field", async () => {
    const { error } = await loadError(VALID.replace("minLabel:", "minlabel:"));
    expect(error.message).toMatch(/prompts\.0: unexpected field "minlabel"/);
  });

  it("slug that is not kebab-case", async () => {
    const { error } = await loadError(VALID.replace("id: notes", "id: Notes_Field"));
    expect(error.message).toMatch(/prompts\.1\.id: expected kebab-case .*received "Notes_Field"/);
  });

  it("unknown audience", async () => {
    const { error } = await loadError(VALID.replace("audience: both", "audience: family"));
    expect(error.message).toMatch(
      /audience: expected one of "individual", "couple", "both", received "family"/,
    );
  });

  it("slug that does not match the file name", async () => {
    const { error, file } = await loadError(VALID, "other-name.yaml");
    expect(error.message).toContain(
      `${file}: slug: expected "other-name" (the file name), received "broken"`,
    );
  });

  it("section that is not one of the pack's sections", async () => {
    const { error, file } = await loadError(VALID.replace("section: one", "section: two"));
    expect(error.message).toContain(
      `${file}: section: expected one of the pack's sections (one), received "two"`,
    );
  });

  it("prompt without a kind", async () => {
    const { error } = await loadError(VALID.replace("    kind: long_text\n", ""));
    expect(error.message).toMatch(/prompts\.1\.kind: required field is missing \(expected one of long_text/);
  });

  it("empty file", async () => {
    const { error, file } = await loadError("");
    expect(error.message).toBe(`${file}: file is empty (expected a YAML mapping of fields)`);
  });

  it("invalid YAML", async () => {
    const { error, file } = await loadError(`${VALID}\n  bad: [unclosed\n`);
    expect(error.message).toContain(`${file}: invalid YAML`);
  });
});
