// The library list: the filter form (a plain GET form, so filtering works without JavaScript and
// every filtered view has an address) and the exercise cards.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { AUDIENCES, LENGTH_BUCKETS, SOURCES, type LibraryFilters as Filters } from "@/lib/exercises/filters";
import type { ExerciseSummary } from "@/lib/exercises/schemas";
import { AUDIENCE_FILTER_LABELS, AUDIENCE_LABELS, SOURCE_FILTER_LABELS, minutesLabel } from "./labels";
import { counted } from "@/lib/text/count";

const SELECT = "min-h-11 w-full rounded-lg border border-line bg-surface px-3 py-2 text-base text-ink";

function Select({
  id,
  label,
  value,
  options,
}: {
  id: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={SELECT}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function LibraryFilterForm({
  filters,
  sections,
  action = "/library",
}: {
  filters: Filters;
  sections: { id: string; title: string }[];
  action?: string;
}) {
  const active = Boolean(
    filters.q || filters.section || filters.audience || filters.length || filters.source,
  );
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label="Filter the library"
      className="rounded-xl border border-line bg-surface p-4"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="q" className="font-medium">
          Search
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          placeholder="Title, summary or question"
          maxLength={200}
          className={SELECT}
        />
      </div>
      <div className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {(
          [
            ["section", "Guide section", sections.map((s) => ({ value: s.id, label: s.title }))],
            ["audience", "Audience", AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_FILTER_LABELS[a] }))],
            ["length", "Length", LENGTH_BUCKETS.map((b) => ({ value: b.id, label: b.label }))],
            ["source", "Source", SOURCES.map((s) => ({ value: s, label: SOURCE_FILTER_LABELS[s] }))],
          ] as const
        ).map(([id, label, options]) => (
          <Select key={id} id={id} label={label} value={filters[id]} options={[...options]} />
        ))}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClasses("primary")}>
          Show exercises
        </button>
        {active ? (
          <Link href={action} className={buttonClasses("quiet")}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function Tag({ children, tone = "plain" }: { children: React.ReactNode; tone?: "plain" | "accent" }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-sm ${
        tone === "accent" ? "bg-accent-soft text-accent-strong" : "bg-canvas text-muted"
      }`}
    >
      {children}
    </span>
  );
}

export function sourceTag(e: Pick<ExerciseSummary, "source" | "ownedByMe" | "shared" | "owner">): string {
  if (e.source === "guide") return "From the guide";
  if (e.ownedByMe) return e.shared ? "Yours · shared with your practice" : "Yours · private";
  return `Shared by ${e.owner?.name ?? "a colleague"}`;
}

export function ExerciseCard({ exercise }: { exercise: ExerciseSummary }) {
  return (
    <article
      className="relative flex h-full flex-col rounded-xl border border-line bg-surface p-5 shadow-sm focus-within:outline focus-within:outline-3 focus-within:outline-accent hover:border-accent/50"
      data-testid="exercise-card"
      data-slug={exercise.slug}
    >
      <p className="text-sm font-medium text-accent">{exercise.section.title}</p>
      <h3 className="mt-1 text-lg font-semibold leading-snug">
        {/* The whole card is the link's target; the title is its name. */}
        <Link href={`/library/${exercise.slug}`} className="after:absolute after:inset-0 focus:outline-none">
          {exercise.title}
        </Link>
      </h3>
      <p className="mt-2 line-clamp-3 text-base text-muted">{exercise.summary}</p>
      <div className="mt-auto flex flex-wrap gap-2 pt-4">
        <Tag>{minutesLabel(exercise.estimatedMinutes)}</Tag>
        <Tag>{AUDIENCE_LABELS[exercise.audience]}</Tag>
        {exercise.perspectives.length > 0 ? (
          <Tag>{counted(exercise.perspectives.length, "perspective")}</Tag>
        ) : null}
        <Tag tone={exercise.source === "guide" ? "plain" : "accent"}>{sourceTag(exercise)}</Tag>
        {exercise.source === "custom" ? <Tag>Version {exercise.version}</Tag> : null}
      </div>
    </article>
  );
}
