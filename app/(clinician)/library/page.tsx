import type { Metadata } from "next";
import Link from "next/link";
import { ExerciseCard, LibraryFilterForm } from "@/components/exercises/library";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { libraryQuery, parseLibraryFilters } from "@/lib/exercises/filters";
import { librarySections, listExercises } from "@/lib/exercises/queries";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Library" };

export default page({ roles: ["CLINICIAN"] }, LibraryPage);

async function LibraryPage(
  actor: Actor,
  { searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> },
) {
  const filters = parseLibraryFilters(await searchParams);
  const [list, sections] = await Promise.all([listExercises(actor, filters), librarySections(actor)]);
  const filtered = Boolean(
    filters.q || filters.section || filters.audience || filters.length || filters.source,
  );

  return (
    <>
      <PageHeader
        title="Library"
        lead="Exercises from the trust-repair guide and your practice. Open one to preview it as your client will see it."
        actions={
          <Link href="/library/new" className={buttonClasses("secondary")}>
            Write a new exercise
          </Link>
        }
      />
      <LibraryFilterForm filters={filters} sections={sections} />
      <section aria-labelledby="results-heading" className="mt-6">
        <h2 id="results-heading" className="mb-3 text-lg font-semibold" data-testid="result-count">
          {list.total === 1 ? "1 exercise" : `${list.total} exercises`}
          {filtered ? " match" : ""}
        </h2>
        {list.items.length === 0 ? (
          <EmptyState title="No exercises match these filters">
            Try fewer words or another section.{" "}
            <Link href="/library" className="text-accent underline">
              Show all exercises
            </Link>
          </EmptyState>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {list.items.map((exercise) => (
              <li key={exercise.slug}>
                <ExerciseCard exercise={exercise} />
              </li>
            ))}
          </ul>
        )}
        {list.page > 1 || list.nextPage ? (
          <nav aria-label="Pages" className="mt-6 flex items-center justify-between gap-4">
            {list.page > 1 ? (
              <Link
                href={`/library${libraryQuery(filters, { page: list.page - 1 === 1 ? undefined : list.page - 1 })}`}
                className={buttonClasses("secondary")}
              >
                Previous page
              </Link>
            ) : (
              <span />
            )}
            <span className="text-muted">Page {list.page}</span>
            {list.nextPage ? (
              <Link
                href={`/library${libraryQuery(filters, { page: list.nextPage })}`}
                className={buttonClasses("secondary")}
              >
                Next page
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </section>
    </>
  );
}
