import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExercisePreview, type PreviewWidth } from "@/components/exercises/exercise-preview";
import { AUDIENCE_LABELS, minutesLabel } from "@/components/exercises/labels";
import { sourceTag } from "@/components/exercises/library";
import { buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { getExercise } from "@/lib/exercises/queries";
import { exerciseDetailQuery, slugParam } from "@/lib/exercises/schemas";
import { duplicateExerciseAction, setSharedAction } from "../actions";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";
import { shortDateWords } from "@/lib/time/words";

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export const metadata: Metadata = { title: "Exercise" };

const NOTICES: Record<string, string> = {
  created: "Saved. This is a new version; earlier versions stay exactly as they were.",
  unchanged: "Nothing had changed, so no new version was made.",
  shared: "Shared: the other clinicians in your practice can now see and use this exercise (read-only).",
  unshared: "This exercise is private to you again. Anything already assigned stays as it is.",
};

const ERRORS: Record<string, string> = {
  forbidden: "Only the clinician who wrote this exercise can change it.",
  conflict: "That could not be saved because something changed at the same time. Please try again.",
  not_found: "That exercise could not be found.",
};

export default page({ roles: ["CLINICIAN"] }, ExercisePage);

async function ExercisePage(
  actor: Actor,
  { params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Search> },
) {
  const [{ slug: rawSlug }, search] = await Promise.all([params, searchParams]);
  const slug = slugParam.safeParse(rawSlug);
  if (!slug.success) notFound();
  const version = exerciseDetailQuery.safeParse({ version: first(search.version) });

  const exercise = await getExercise(actor, slug.data, {
    version: version.success ? version.data.version : undefined,
  });

  const def = exercise.definition;
  const perspectives = def.perspectives ?? [];
  const perspectiveParam = first(search.perspective);
  const perspectiveId =
    perspectives.find((p) => p.id === perspectiveParam)?.id ?? perspectives[0]?.id ?? null;
  const width: PreviewWidth = first(search.width) === "phone" ? "phone" : "desktop";
  const isLatest = exercise.shown.version === exercise.version;
  const base = `/library/${exercise.slug}`;

  const hrefFor = (change: { perspective?: string; width?: PreviewWidth; version?: number | null }) => {
    const q = new URLSearchParams();
    const v = change.version === undefined ? (isLatest ? undefined : exercise.shown.version) : change.version;
    if (v) q.set("version", String(v));
    const p = change.perspective ?? perspectiveId;
    if (p && p !== perspectives[0]?.id) q.set("perspective", p);
    const w = change.width ?? width;
    if (w !== "desktop") q.set("width", w);
    const text = q.toString();
    return text ? `${base}?${text}` : base;
  };

  const notice = NOTICES[first(search.notice) ?? ""];
  const error = ERRORS[first(search.error) ?? ""];

  return (
    <>
      <p className="mb-3">
        <Link
          href="/library"
          className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
        >
          ← Back to the library
        </Link>
      </p>
      {notice ? (
        <div className="mb-4">
          <Notice tone="success" role="status">
            {notice}
          </Notice>
        </div>
      ) : null}
      {error ? (
        <div className="mb-4">
          <Notice tone="warn" role="alert">
            {error}
          </Notice>
        </div>
      ) : null}

      <header className="mb-6 flex flex-col gap-3">
        <p className="text-sm font-medium text-accent">{exercise.section.title}</p>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{def.title}</h1>
        <p className="max-w-prose text-lg text-muted">{def.summary}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-base text-muted">
          <li>{minutesLabel(def.estimatedMinutes)}</li>
          <li>{AUDIENCE_LABELS[def.audience]}</li>
          <li>{sourceTag(exercise)}</li>
          <li data-testid="shown-version">
            Version {exercise.shown.version}
            {isLatest ? (exercise.versions.length > 1 ? " (latest)" : "") : ` of ${exercise.version}`}
          </li>
        </ul>
        {exercise.basedOn ? (
          <p className="text-base text-muted">
            Based on{" "}
            <Link href={`/library/${exercise.basedOn.slug}`} className="text-accent underline">
              {exercise.basedOn.title}
            </Link>
          </p>
        ) : null}
        <div className="mt-1 flex flex-wrap gap-2">
          {/* The assign form pins the latest version, so it is offered from the latest only. */}
          {isLatest ? (
            <Link
              href={`/assign?exercise=${encodeURIComponent(exercise.slug)}`}
              className={buttonClasses("primary")}
            >
              Assign this
            </Link>
          ) : null}
          {exercise.canEdit ? (
            <Link href={`${base}/edit`} className={buttonClasses("secondary")}>
              Edit
            </Link>
          ) : null}
          <form action={duplicateExerciseAction}>
            <input type="hidden" name="slug" value={exercise.slug} />
            <button type="submit" className={buttonClasses("secondary")}>
              Duplicate and edit
            </button>
          </form>
          {exercise.canEdit ? (
            <form action={setSharedAction}>
              <input type="hidden" name="slug" value={exercise.slug} />
              <input type="hidden" name="shared" value={exercise.shared ? "false" : "true"} />
              <button type="submit" className={buttonClasses("secondary")}>
                {exercise.shared ? "Make private" : "Share with my practice"}
              </button>
            </form>
          ) : null}
        </div>
      </header>

      {!isLatest ? (
        <div className="mb-6">
          <Notice tone="info" title={`You are looking at version ${exercise.shown.version}.`}>
            Assignments given with this version still show it exactly like this.{" "}
            <Link href={hrefFor({ version: null })} className="text-accent underline">
              See the latest (version {exercise.version})
            </Link>
          </Notice>
        </div>
      ) : null}

      <ExercisePreview definition={def} perspectiveId={perspectiveId} width={width} hrefFor={hrefFor} />

      <div className="mt-8 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="versions-heading">
          <h2 id="versions-heading" className="mb-2 text-lg font-semibold">
            Versions
          </h2>
          <ol className="flex flex-col gap-1" data-testid="versions">
            {exercise.versions.map((v) => (
              <li key={v.id}>
                {v.version === exercise.shown.version ? (
                  <span className="inline-flex min-h-11 items-center font-medium" aria-current="true">
                    Version {v.version} · {shortDateWords(new Date(v.createdAt), actor.timeZone)} (shown)
                  </span>
                ) : (
                  <Link
                    href={hrefFor({ version: v.version === exercise.version ? null : v.version })}
                    className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
                  >
                    Version {v.version} · {shortDateWords(new Date(v.createdAt), actor.timeZone)}
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="credit-heading">
          <h2 id="credit-heading" className="mb-2 text-lg font-semibold">
            Credit
          </h2>
          <p className="text-base text-muted">
            {def.credit.source} · {def.credit.author} · {def.credit.section}
          </p>
          {def.measure ? (
            <p className="mt-2 text-base text-muted">
              {def.measure.citation} {def.measure.licence} Answers go to you only: they are never shared with
              a partner.
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}
