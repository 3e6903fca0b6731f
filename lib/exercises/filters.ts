// Library filters: one zod schema for the page's URL query and the API's query string, plus the
// pure matching used by both. No server imports: the filter form renders from these constants.
import { z } from "zod";
import type { ExerciseDefinition } from "./schema";

export const AUDIENCES = ["individual", "couple", "both"] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Length buckets by estimated minutes (upper bound inclusive). */
export const LENGTH_BUCKETS = [
  { id: "short", label: "Up to 5 minutes", min: 0, max: 5 },
  { id: "medium", label: "6 to 15 minutes", min: 6, max: 15 },
  { id: "long", label: "More than 15 minutes", min: 16, max: Number.POSITIVE_INFINITY },
] as const;
export type LengthBucket = (typeof LENGTH_BUCKETS)[number]["id"];

export const SOURCES = ["guide", "mine", "shared"] as const;
export type LibrarySource = (typeof SOURCES)[number];

export const DEFAULT_PAGE_SIZE = 24;
export const MAX_PAGE_SIZE = 100;

// Query values arrive as strings; an empty one (a form left on "Any") means "no filter".
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const libraryFiltersSchema = z.object({
  q: optional(z.string().trim().max(200)).describe(
    "Words to find in the title, summary or prompts (all must match)",
  ),
  section: optional(
    z
      .string()
      .max(80)
      .regex(/^[a-z0-9-]+$/, "must be a section id"),
  ).describe("Guide section id"),
  audience: optional(z.enum(AUDIENCES)).describe(
    "individual or couple also include exercises written for both; both means only those written for both",
  ),
  length: optional(z.enum(LENGTH_BUCKETS.map((b) => b.id) as [LengthBucket, ...LengthBucket[]])).describe(
    "short (up to 5 min), medium (6-15), long (16+)",
  ),
  maxMinutes: optional(z.coerce.number().int().min(1).max(240)).describe(
    "Only exercises estimated at this many minutes or fewer",
  ),
  source: optional(z.enum(SOURCES)).describe(
    "guide: shipped exercises; mine: your custom ones; shared: colleagues' shared ones",
  ),
  page: optional(z.coerce.number().int().min(1).max(10_000)).describe("1-based page number"),
  pageSize: optional(z.coerce.number().int().min(1).max(MAX_PAGE_SIZE)),
});
export type LibraryFilters = z.infer<typeof libraryFiltersSchema>;

/** Parses a page's searchParams; an invalid value is dropped rather than failing the page. */
export function parseLibraryFilters(raw: Record<string, string | string[] | undefined>): LibraryFilters {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string") flat[key] = first;
  }
  const filters: LibraryFilters = {};
  for (const key of Object.keys(libraryFiltersSchema.shape) as (keyof LibraryFilters)[]) {
    const parsed = libraryFiltersSchema.shape[key].safeParse(flat[key]);
    if (parsed.success && parsed.data !== undefined) (filters as Record<string, unknown>)[key] = parsed.data;
  }
  return filters;
}

export function audienceMatches(filter: Audience | undefined, audience: string): boolean {
  if (!filter) return true;
  if (filter === "both") return audience === "both";
  return audience === filter || audience === "both";
}

export function lengthMatches(bucket: LengthBucket | undefined, minutes: number): boolean {
  if (!bucket) return true;
  const b = LENGTH_BUCKETS.find((x) => x.id === bucket);
  return !b || (minutes >= b.min && minutes <= b.max);
}

// Case- and accent-insensitive: "reparación" finds "reparacion" and the other way round.
export function normalizeText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

export function searchTokens(q: string | undefined): string[] {
  if (!q) return [];
  return normalizeText(q)
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .slice(0, 12);
}

/** The text a search looks in: title, summary, perspective and prompt labels. */
export function searchableText(def: ExerciseDefinition): string {
  const parts = [def.title, def.summary];
  for (const p of def.perspectives ?? []) {
    parts.push(p.label);
    for (const prompt of p.prompts) parts.push(prompt.label);
  }
  for (const prompt of def.prompts ?? []) parts.push(prompt.label);
  return normalizeText(parts.join("\n"));
}

export function textMatches(tokens: readonly string[], haystack: string): boolean {
  return tokens.every((t) => haystack.includes(t));
}

/** Query string for a library URL with some filters changed (undefined removes one). */
export function libraryQuery(
  filters: LibraryFilters,
  change: Partial<Record<keyof LibraryFilters, string | number | undefined>> = {},
): string {
  const merged: Record<string, string | number | undefined> = { ...filters, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
