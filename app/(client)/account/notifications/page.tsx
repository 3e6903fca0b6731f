import type { Metadata } from "next";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { Card, PageHeader } from "@/components/ui/card";
import { env } from "@/lib/env";
import { getMyNotificationPreferences, timeZoneChoices } from "@/lib/notifications/preferences";
import { getMyEmailKinds } from "@/lib/notifications/kind-preferences";
import { EmailKindsForm } from "@/components/notifications/email-kinds-form";
import { saveEmailKindsAction, savePreferencesAction } from "./actions";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Email reminders" };

export default page({ roles: ["CLIENT"] }, ClientNotificationsPage);

async function ClientNotificationsPage(actor: Actor) {
  const [prefs, kinds] = await Promise.all([getMyNotificationPreferences(actor), getMyEmailKinds(actor)]);
  return (
    <>
      <p className="mb-2">
        <a href="/account" className="text-accent underline-offset-4 hover:underline">
          Back to your account
        </a>
      </p>
      <PageHeader title="Email reminders" lead="Whether Mend emails you, and when." />
      <Card>
        <PreferencesForm
          action={savePreferencesAction}
          emailReminders={!prefs.emailOptOut}
          timeZone={prefs.timeZone}
          zones={timeZoneChoices(prefs.timeZone)}
          quietHours={env().QUIET_HOURS}
          audience="client"
        />
      </Card>
      <Card className="mt-6">
        <EmailKindsForm action={saveEmailKindsAction} wanted={kinds} />
      </Card>
    </>
  );
}
