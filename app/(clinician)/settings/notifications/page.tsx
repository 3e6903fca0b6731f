import type { Metadata } from "next";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { Card, PageHeader } from "@/components/ui/card";
import { savePreferencesAction } from "@/app/(client)/account/notifications/actions";
import { env } from "@/lib/env";
import { getMyNotificationPreferences, timeZoneChoices } from "@/lib/notifications/preferences";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Email notifications" };

export default page({ roles: ["CLINICIAN"] }, ClinicianNotificationsPage);

async function ClinicianNotificationsPage(actor: Actor) {
  const prefs = await getMyNotificationPreferences(actor);
  return (
    <>
      <PageHeader
        title="Email notifications"
        lead={`Submission notes, and the evening digest of the next day's appointments (from ${env().DIGEST_TIME} your time).`}
      />
      <Card>
        <PreferencesForm
          action={savePreferencesAction}
          emailReminders={!prefs.emailOptOut}
          timeZone={prefs.timeZone}
          zones={timeZoneChoices(prefs.timeZone)}
          quietHours={env().QUIET_HOURS}
          audience="clinician"
        />
      </Card>
    </>
  );
}
