"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { createCustomExercise, updateCustomExercise } from "@/lib/exercises/mutations";
import { slugParam } from "@/lib/exercises/schemas";

// Form actions of the library pages (they work without JavaScript). Each re-checks the actor and
// goes through the same scoped services as the API.

function readSlug(formData: FormData): string {
  const parsed = slugParam.safeParse(formData.get("slug"));
  if (!parsed.success) redirect("/library");
  return parsed.data;
}

export async function duplicateExerciseAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const slug = readSlug(formData);
  let target: string;
  try {
    const copy = await createCustomExercise(actor, { basedOn: slug });
    target = `/library/${copy.slug}/edit?duplicated=1`;
  } catch (error) {
    if (!isAppError(error)) throw error;
    target = `/library/${slug}?error=${error.code}`;
  }
  revalidatePath("/library");
  redirect(target);
}

export async function setSharedAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const slug = readSlug(formData);
  const shared = formData.get("shared") === "true";
  let target = `/library/${slug}?notice=${shared ? "shared" : "unshared"}`;
  try {
    await updateCustomExercise(actor, slug, { shared });
  } catch (error) {
    if (!isAppError(error)) throw error;
    target = `/library/${slug}?error=${error.code}`;
  }
  revalidatePath("/library");
  redirect(target);
}
