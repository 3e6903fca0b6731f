"use server";

import { revalidatePath } from "next/cache";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { updateMyNotificationPreferences } from "@/lib/notifications/preferences";
import { preferencesSchema } from "@/lib/notifications/schemas";

// The email settings form (client account and clinician settings). Re-checks the actor, then the
// same scoped service as everything else.

export type PreferencesFormState = { ok: boolean; message?: string };

export async function savePreferencesAction(_state: PreferencesFormState, formData: FormData): Promise<PreferencesFormState> {
  const actor = await requireActor();
  const parsed = preferencesSchema.safeParse({
    emailOptOut: formData.get("emailReminders") !== "on",
    timeZone: formData.get("timeZone"),
  });
  if (!parsed.success) return { ok: false, message: "Choose a time zone from the list." };
  try {
    const saved = await updateMyNotificationPreferences(actor, parsed.data, await pageRequestMeta());
    revalidatePath("/account/notifications");
    revalidatePath("/settings/notifications");
    return { ok: true, message: saved.emailOptOut ? "Saved. Mend will not email you reminders." : "Saved. Reminders will follow your time zone." };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
}
