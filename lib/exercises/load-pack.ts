// Reads and validates exercise content packs from disk (server-side and tests only: uses node:fs).
// Content is authored by hand, so every failure names the file, the field and what was expected.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { exerciseSchema, packSchema, type ExerciseDefinition, type PackDefinition } from "./schema";
import { formatPath, friendlyErrors } from "./validation";

export type ContentIssue = { path: string; message: string };

export class ContentValidationError extends Error {
  readonly file: string;
  readonly issues: ContentIssue[];

  constructor(file: string, issues: ContentIssue[]) {
    // One line per issue, each starting with the file, so the message reads well in a terminal
    // or a CI log even when only the first line is shown.
    super(
      issues.map((i) => (i.path ? `${file}: ${i.path}: ${i.message}` : `${file}: ${i.message}`)).join("\n"),
    );
    this.name = "ContentValidationError";
    this.file = file;
    this.issues = issues;
  }
}

export type LoadedPack = { pack: PackDefinition; exercises: ExerciseDefinition[] };

const PACK_FILE = "pack.yaml";

// Paths in messages are relative to the project root when possible: shorter, and clickable in
// most editors' terminals.
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}

async function readYaml(file: string): Promise<unknown> {
  const source = await readFile(file, "utf8");
  let data: unknown;
  try {
    // yaml v2 defaults to YAML 1.2 core schema (so "no" stays a string) and rejects duplicate keys.
    data = parse(source);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new ContentValidationError(displayPath(file), [{ path: "", message: `invalid YAML: ${message}` }]);
  }
  if (data === null || data === undefined) {
    throw new ContentValidationError(displayPath(file), [
      { path: "", message: "file is empty (expected a YAML mapping of fields)" },
    ]);
  }
  return data;
}

function validate<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data, { error: friendlyErrors });
  if (!result.success) {
    throw new ContentValidationError(
      displayPath(file),
      result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    );
  }
  return result.data;
}

/** Loads one pack directory: pack.yaml plus one `<slug>.yaml` per exercise, all validated. */
export async function loadPack(dir: string): Promise<LoadedPack> {
  const packFile = path.join(dir, PACK_FILE);
  const pack = validate(packSchema, await readYaml(packFile), packFile);

  const dirName = path.basename(path.resolve(dir));
  if (pack.slug !== dirName) {
    throw new ContentValidationError(displayPath(packFile), [
      { path: "slug", message: `expected "${dirName}" (the folder name), received "${pack.slug}"` },
    ]);
  }

  const names = (await readdir(dir)).sort();
  // A ".yml" file would otherwise be skipped without a word and its exercise silently missing.
  const misnamed = names.find((n) => n.endsWith(".yml"));
  if (misnamed) {
    throw new ContentValidationError(displayPath(path.join(dir, misnamed)), [
      { path: "", message: 'expected the ".yaml" extension' },
    ]);
  }

  const sectionIds = pack.sections.map((s) => s.id);
  const exercises: ExerciseDefinition[] = [];
  for (const name of names) {
    if (!name.endsWith(".yaml") || name === PACK_FILE) continue;
    const file = path.join(dir, name);
    const def = validate(exerciseSchema, await readYaml(file), file);

    const issues: ContentIssue[] = [];
    const expectedSlug = name.slice(0, -".yaml".length);
    if (def.slug !== expectedSlug) {
      issues.push({
        path: "slug",
        message: `expected "${expectedSlug}" (the file name), received "${def.slug}"`,
      });
    }
    if (!sectionIds.includes(def.section)) {
      issues.push({
        path: "section",
        message: `expected one of the pack's sections (${sectionIds.join(", ")}), received "${def.section}"`,
      });
    }
    if (issues.length > 0) throw new ContentValidationError(displayPath(file), issues);
    exercises.push(def);
  }
  return { pack, exercises };
}

/** Loads every pack under contentRoot (one sub-folder per pack), in folder-name order. */
export async function loadAllPacks(
  contentRoot: string = path.join(process.cwd(), "content/guides"),
): Promise<LoadedPack[]> {
  const entries = await readdir(contentRoot, { withFileTypes: true });
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const packs: LoadedPack[] = [];
  for (const name of dirs) packs.push(await loadPack(path.join(contentRoot, name)));
  return packs;
}

// Sorts object keys at every level so key order in the YAML (or in memory) never changes the
// hash; undefined values are dropped, as JSON.stringify would.
function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonicalize(v);
    }
    return out;
  }
  return value;
}

/**
 * sha256 (hex) of the exercise's canonical JSON. The database stores it next to `version` so an
 * edit without a version bump is still noticed, and identical content always hashes the same.
 */
export function contentHash(def: ExerciseDefinition): string {
  return createHash("sha256")
    .update(JSON.stringify(canonicalize(def)))
    .digest("hex");
}
