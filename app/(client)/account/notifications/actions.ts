"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/http/action";
import { updateMyNotificationPreferences } from "@/lib/notifications/preferences";
import { preferencesSchema } from "@/lib/notifications/schemas";

// The email settings form (client account and clinician settings), behind the action gate.

export type PreferencesFormState = { ok: boolean; message?: string };

export const savePreferencesAction = action(
  {
    name: "notifications.preferences",
    access: { kind: "permission", permission: "manage:notifications:own" },
    input: preferencesSchema,
    read: (_state: PreferencesFormState, formData: FormData) => ({
      emailOptOut: formData.get("emailReminders") !== "on",
      timeZone: formData.get("timeZone"),
    }),
    invalid: "Choose a time zone from the list.",
  },
  async ({ actor, input, meta }) => {
    const saved = await updateMyNotificationPreferences(actor, input, meta);
    revalidatePath("/account/notifications");
    revalidatePath("/settings/notifications");
    return {
      message: saved.emailOptOut
        ? "Saved. Mend will not email you reminders."
        : "Saved. Reminders will follow your time zone.",
    };
  },
);
