import type { Metadata } from "next";
import Link from "next/link";
import { emptyDraft } from "@/components/exercises/editor/draft";
import { ExerciseEditor } from "@/components/exercises/editor/exercise-editor";
import { PageHeader } from "@/components/ui/card";
import { librarySections } from "@/lib/exercises/queries";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "New exercise" };

export default page({ roles: ["CLINICIAN"] }, NewExercisePage);

async function NewExercisePage(actor: Actor) {
  const sections = await librarySections(actor);
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
      <PageHeader
        title="Write a new exercise"
        lead="Use the same kinds of questions as the guide. It stays private to you until you share it."
      />
      <ExerciseEditor
        initial={emptyDraft(sections[0]?.id ?? "")}
        mode={{ kind: "create" }}
        sections={sections}
        initiallyShared={false}
      />
    </>
  );
}
