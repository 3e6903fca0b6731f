"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createCustomExercise, updateCustomExercise } from "@/lib/exercises/mutations";
import { slugParam } from "@/lib/exercises/schemas";
import { formAction, type ActionFailure } from "@/lib/http/action";

// Form actions of the library pages (they work without JavaScript): the same scoped services as
// the API, behind the action gate. A failure sends the browser back to the exercise with its code.

const back = (failure: ActionFailure, input: { slug: string } | null) =>
  input ? `/library/${input.slug}?error=${failure.code}` : "/library";

export const duplicateExerciseAction = formAction(
  {
    name: "library.duplicate",
    access: { kind: "permission", permission: "write:exercise:own" },
    input: z.object({ slug: slugParam }),
    read: (formData: FormData) => ({ slug: formData.get("slug") }),
    invalid: "Choose an exercise to copy.",
    redirectOnFailure: back,
  },
  async ({ actor, input }) => {
    const copy = await createCustomExercise(actor, { basedOn: input.slug });
    revalidatePath("/library");
    redirect(`/library/${copy.slug}/edit?duplicated=1`);
  },
);

export const setSharedAction = formAction(
  {
    name: "library.share",
    access: { kind: "permission", permission: "write:exercise:own" },
    input: z.object({ slug: slugParam, shared: z.boolean() }),
    read: (formData: FormData) => ({ slug: formData.get("slug"), shared: formData.get("shared") === "true" }),
    invalid: "Choose an exercise to share.",
    redirectOnFailure: back,
  },
  async ({ actor, input }) => {
    await updateCustomExercise(actor, input.slug, { shared: input.shared });
    revalidatePath("/library");
    redirect(`/library/${input.slug}?notice=${input.shared ? "shared" : "unshared"}`);
  },
);
