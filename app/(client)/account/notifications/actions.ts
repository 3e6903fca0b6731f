"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { CLIENT_NEWS_KINDS } from "@/lib/notifications/client-news-kinds";
import { updateMyEmailKinds } from "@/lib/notifications/kind-preferences";
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

const emailKindsSchema = z.object({ assigned: z.boolean(), feedback: z.boolean(), revision: z.boolean() });

/** The client's switches for each kind of news email (new work, feedback, another look). */
export const saveEmailKindsAction = action(
  {
    name: "notifications.email_kinds",
    access: { kind: "permission", permission: "manage:notifications:own" },
    input: emailKindsSchema,
    read: (_state: PreferencesFormState, formData: FormData) =>
      Object.fromEntries(CLIENT_NEWS_KINDS.map((k) => [k, formData.get(`email-${k}`) === "on"])),
    invalid: "Something in the form was not understood. Please try again.",
  },
  async ({ actor, input, meta }) => {
    await updateMyEmailKinds(actor, input, meta);
    revalidatePath("/account/notifications");
    return { message: "Saved. Mend will email you only about what you chose." };
  },
);
