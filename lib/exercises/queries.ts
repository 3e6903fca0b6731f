import "server-only";
import { db, type Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { canEditExercise } from "@/lib/policy/exercises";
import { assertCan } from "@/lib/policy/permissions";
import { getSections, sectionTitle, type SectionInfo } from "./catalog";
import { storedDefinition } from "./definition";
import {
  audienceMatches,
  DEFAULT_PAGE_SIZE,
  lengthMatches,
  searchableText,
  searchTokens,
  textMatches,
  type Audience,
  type LibraryFilters,
} from "./filters";
import { promptLists, type ExerciseDefinition } from "./schema";
import type { ExerciseDetail, ExerciseList, ExerciseSummary, VersionInfo } from "./schemas";
import { PACK_SCOPE_PREFIX, practiceScope, visibleExerciseWhere } from "./scope";

// Who sees which exercise: ./scope.ts.

/** What an exercise summary is built from (the editor reads a new exercise back with it too). */
export const exerciseSelect = {
  id: true,
  slug: true,
  scope: true,
  ownerId: true,
  shared: true,
  basedOnId: true,
  createdAt: true,
} satisfies Prisma.ExerciseSelect;

const versionSelect = {
  id: true,
  version: true,
  contentHash: true,
  title: true,
  section: true,
  audience: true,
  estimatedMinutes: true,
  definition: true,
  createdAt: true,
} satisfies Prisma.ExerciseVersionSelect;

type ExerciseRow = Prisma.ExerciseGetPayload<{ select: typeof exerciseSelect }>;
type VersionRow = Prisma.ExerciseVersionGetPayload<{ select: typeof versionSelect }>;

type Lookups = {
  sections: SectionInfo[];
  owners: Map<string, string>;
  basedOn: Map<string, { slug: string; title: string }>;
};

async function lookups(actor: Actor, rows: readonly ExerciseRow[]): Promise<Lookups> {
  const ownerIds = [...new Set(rows.map((r) => r.ownerId).filter((id): id is string => id !== null))];
  const basedOnIds = [...new Set(rows.map((r) => r.basedOnId).filter((id): id is string => id !== null))];
  const [sections, owners, basedOn] = await Promise.all([
    getSections(),
    ownerIds.length
      ? db.user.findMany({
          where: { id: { in: ownerIds }, practiceId: actor.practiceId },
          select: { id: true, name: true },
        })
      : [],
    basedOnIds.length
      ? db.exercise.findMany({
          // Only originals the actor may still see are named.
          where: { AND: [{ id: { in: basedOnIds } }, visibleExerciseWhere(actor)] },
          select: {
            id: true,
            slug: true,
            versions: { orderBy: { version: "desc" }, take: 1, select: { title: true } },
          },
        })
      : [],
  ]);
  return {
    sections,
    owners: new Map(owners.map((o) => [o.id, o.name])),
    basedOn: new Map(basedOn.map((b) => [b.id, { slug: b.slug, title: b.versions[0]?.title ?? b.slug }])),
  };
}

function toSummary(actor: Actor, row: ExerciseRow, latest: VersionRow, l: Lookups): ExerciseSummary {
  const def = storedDefinition(latest.definition);
  const isPack = row.scope.startsWith(PACK_SCOPE_PREFIX);
  const lists = promptLists(def);
  return {
    slug: row.slug,
    title: latest.title,
    summary: def.summary,
    section: { id: latest.section, title: sectionTitle(l.sections, latest.section) },
    audience: latest.audience as Audience,
    estimatedMinutes: latest.estimatedMinutes,
    version: latest.version,
    versionId: latest.id,
    source: isPack ? "guide" : "custom",
    owner: row.ownerId ? { id: row.ownerId, name: l.owners.get(row.ownerId) ?? "A colleague" } : null,
    ownedByMe: !isPack && row.ownerId === actor.userId,
    shared: isPack || row.shared,
    basedOn: row.basedOnId ? (l.basedOn.get(row.basedOnId) ?? null) : null,
    perspectives: (def.perspectives ?? []).map((p) => ({ id: p.id, label: p.label })),
    promptCount: lists.reduce((n, list) => n + list.prompts.length, 0),
    updatedAt: latest.createdAt.toISOString(),
  };
}

function sectionOrder(sections: readonly SectionInfo[], id: string): number {
  const index = sections.findIndex((s) => s.id === id);
  return index === -1 ? sections.length : index;
}

/**
 * The library: every exercise the actor may see, at its latest version, filtered and paged.
 * Filtering happens in memory over the latest versions: a library holds tens to a few hundred
 * exercises, and searching prompt labels inside the JSON definitions is simplest there.
 */
export async function listExercises(actor: Actor, filters: LibraryFilters = {}): Promise<ExerciseList> {
  assertCan(actor, "read:exercise");
  const sourceWhere: Prisma.ExerciseWhereInput =
    filters.source === "guide"
      ? { scope: { startsWith: PACK_SCOPE_PREFIX } }
      : filters.source === "mine"
        ? { scope: practiceScope(actor.practiceId), ownerId: actor.userId }
        : filters.source === "shared"
          ? { scope: practiceScope(actor.practiceId), shared: true, NOT: { ownerId: actor.userId } }
          : {};
  const rows = await db.exercise.findMany({
    where: { AND: [visibleExerciseWhere(actor), sourceWhere, { archivedAt: null }] },
    select: { ...exerciseSelect, versions: { orderBy: { version: "desc" }, take: 1, select: versionSelect } },
  });

  const tokens = searchTokens(filters.q);
  const matching = rows.filter((row) => {
    const latest = row.versions[0];
    if (!latest) return false;
    if (filters.section && latest.section !== filters.section) return false;
    if (!audienceMatches(filters.audience, latest.audience)) return false;
    if (!lengthMatches(filters.length, latest.estimatedMinutes)) return false;
    if (filters.maxMinutes !== undefined && latest.estimatedMinutes > filters.maxMinutes) return false;
    if (tokens.length && !textMatches(tokens, searchableText(storedDefinition(latest.definition))))
      return false;
    return true;
  });

  const sections = await getSections();
  matching.sort((a, b) => {
    const va = a.versions[0]!;
    const vb = b.versions[0]!;
    return (
      sectionOrder(sections, va.section) - sectionOrder(sections, vb.section) ||
      Number(b.scope.startsWith(PACK_SCOPE_PREFIX)) - Number(a.scope.startsWith(PACK_SCOPE_PREFIX)) ||
      va.title.localeCompare(vb.title, "en") ||
      a.slug.localeCompare(b.slug)
    );
  });

  const pageSize = filters.pageSize ?? DEFAULT_PAGE_SIZE;
  const page = filters.page ?? 1;
  const slice = matching.slice((page - 1) * pageSize, page * pageSize);
  const l = await lookups(actor, slice);
  return {
    items: slice.map((row) => toSummary(actor, row, row.versions[0]!, l)),
    total: matching.length,
    page,
    pageSize,
    nextPage: page * pageSize < matching.length ? page + 1 : null,
  };
}

/**
 * The exercise the actor means by `slug`. Pack slugs are reserved (custom exercises cannot take
 * one), so at most one shipped and one practice exercise can share a slug only if a later pack
 * adds it: the shipped one wins then.
 */
export async function findVisibleExercise(actor: Actor, slug: string): Promise<ExerciseRow> {
  const rows = await db.exercise.findMany({
    where: { AND: [{ slug }, visibleExerciseWhere(actor)] },
    select: exerciseSelect,
  });
  const row = rows.find((r) => r.scope.startsWith(PACK_SCOPE_PREFIX)) ?? rows[0];
  if (!row) throw notFound("That exercise");
  return row;
}

function versionInfo(v: { id: string; version: number; createdAt: Date }): VersionInfo {
  return { id: v.id, version: v.version, createdAt: v.createdAt.toISOString() };
}

/** One exercise with its definition (the latest version, or `version`) and its version history. */
export async function getExercise(
  actor: Actor,
  slug: string,
  options: { version?: number } = {},
): Promise<ExerciseDetail> {
  assertCan(actor, "read:exercise");
  const row = await findVisibleExercise(actor, slug);
  return exerciseDetail(actor, row, options.version);
}

export async function exerciseDetail(
  actor: Actor,
  row: ExerciseRow,
  version?: number,
): Promise<ExerciseDetail> {
  const versions = await db.exerciseVersion.findMany({
    where: { exerciseId: row.id },
    orderBy: { version: "desc" },
    select: { id: true, version: true, createdAt: true },
  });
  const latestInfo = versions[0];
  if (!latestInfo) throw notFound("That exercise");
  const shownNumber = version ?? latestInfo.version;
  const [latest, shown] = await Promise.all([
    db.exerciseVersion.findUniqueOrThrow({ where: { id: latestInfo.id }, select: versionSelect }),
    db.exerciseVersion.findUnique({
      where: { exerciseId_version: { exerciseId: row.id, version: shownNumber } },
      select: versionSelect,
    }),
  ]);
  if (!shown) throw notFound("That version");
  const l = await lookups(actor, [row]);
  // The list fields describe the exercise as it is now; `shown` and `definition` the version asked for.
  const summary = toSummary(actor, row, latest, l);
  return {
    ...summary,
    shown: { ...versionInfo(shown), contentHash: shown.contentHash },
    definition: storedDefinition(shown.definition),
    versions: versions.map(versionInfo),
    canEdit: canEditExercise(actor, summary),
  };
}

export type RenderableVersion = {
  id: string;
  exerciseId: string;
  slug: string;
  version: number;
  contentHash: string;
  title: string;
  definition: ExerciseDefinition;
  createdAt: Date;
};

/**
 * An exercise version exactly as it was saved, for rendering an assignment that pinned it. Any
 * signed-in member of the practice may read it (clients included: it is what they were asked),
 * whatever happened to the exercise since (new versions, unsharing, archiving). Versions of another
 * practice's custom exercises are a 404.
 */
export async function getExerciseVersionForRender(
  actor: Actor,
  versionId: string,
): Promise<RenderableVersion> {
  const row = await db.exerciseVersion.findFirst({
    where: {
      id: versionId,
      exercise: { OR: [{ scope: { startsWith: PACK_SCOPE_PREFIX } }, { practiceId: actor.practiceId }] },
    },
    select: {
      id: true,
      exerciseId: true,
      version: true,
      contentHash: true,
      title: true,
      definition: true,
      createdAt: true,
      exercise: { select: { slug: true } },
    },
  });
  if (!row) throw notFound("That exercise");
  return {
    id: row.id,
    exerciseId: row.exerciseId,
    slug: row.exercise.slug,
    version: row.version,
    contentHash: row.contentHash,
    title: row.title,
    definition: storedDefinition(row.definition),
    createdAt: row.createdAt,
  };
}

/** Section ids and titles for the library's filter, in the guide's order. */
export async function librarySections(actor: Actor): Promise<{ id: string; title: string }[]> {
  assertCan(actor, "read:exercise");
  return (await getSections()).map((s) => ({ id: s.id, title: s.title }));
}
