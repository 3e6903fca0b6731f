import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { toDraft } from "@/components/exercises/editor/draft";
import { ExerciseEditor } from "@/components/exercises/editor/exercise-editor";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { getExercise, librarySections } from "@/lib/exercises/queries";
import { slugParam } from "@/lib/exercises/schemas";
import { duplicateExerciseAction } from "../../actions";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Edit exercise" };

export default page({ roles: ["CLINICIAN"] }, EditExercisePage);

async function EditExercisePage(
  actor: Actor,
  {
    params,
    searchParams,
  }: {
    params: Promise<{ slug: string }>;
    searchParams: Promise<Record<string, string | string[] | undefined>>;
  },
) {
  const [{ slug: rawSlug }, search] = await Promise.all([params, searchParams]);
  const slug = slugParam.safeParse(rawSlug);
  if (!slug.success) notFound();
  const exercise = await getExercise(actor, slug.data);
  const sections = await librarySections(actor);
  const back = (
    <p className="mb-3">
      <Link
        href={`/library/${exercise.slug}`}
        className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
      >
        ← Back to {exercise.title}
      </Link>
    </p>
  );

  if (!exercise.canEdit) {
    return (
      <>
        {back}
        <PageHeader title={`Edit ${exercise.title}`} />
        <Notice tone="info" title="You can't change this exercise.">
          <p>
            {exercise.source === "guide"
              ? "Exercises from the guide stay as they are, so everyone's assignments keep matching the guide."
              : "Only the clinician who wrote it can change it."}{" "}
            Duplicate it to make your own version.
          </p>
          <form action={duplicateExerciseAction} className="mt-3">
            <input type="hidden" name="slug" value={exercise.slug} />
            <button type="submit" className={buttonClasses("primary")}>
              Duplicate and edit
            </button>
          </form>
        </Notice>
      </>
    );
  }

  const duplicated = search.duplicated === "1";
  return (
    <>
      {back}
      <PageHeader title={`Edit ${exercise.title}`} lead={`Currently version ${exercise.version}.`} />
      {duplicated ? (
        <div className="mb-4">
          <Notice tone="success" role="status" title="This is your own copy.">
            Change anything you like, then save. The original stays as it was.
          </Notice>
        </div>
      ) : null}
      <ExerciseEditor
        initial={toDraft(exercise.definition)}
        mode={{ kind: "edit", slug: exercise.slug, version: exercise.version }}
        sections={sections}
        initiallyShared={exercise.shared}
      />
    </>
  );
}
