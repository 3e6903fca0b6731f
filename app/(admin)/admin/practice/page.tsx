import type { Metadata } from "next";
import Link from "next/link";
import { PracticeSettingsForm } from "@/components/practice/practice-settings-form";
import { Card, PageHeader } from "@/components/ui/card";
import { page } from "@/lib/http/page";
import { timeZoneChoices } from "@/lib/notifications/preferences";
import type { Actor } from "@/lib/policy/actor";
import { SUGGESTED_WORK_WORDS } from "@/lib/practice/schemas";
import { getPracticeSettings } from "@/lib/practice/service";

export const metadata: Metadata = { title: "Practice settings" };

export default page({ roles: ["ADMIN"] }, PracticeSettingsPage);

async function PracticeSettingsPage(actor: Actor) {
  const settings = await getPracticeSettings(actor);
  return (
    <>
      <PageHeader
        title="Practice settings"
        lead="How Mend speaks for your practice, and how long it keeps records."
      />
      <div className="flex flex-col gap-6">
        <Card>
          <PracticeSettingsForm
            settings={settings}
            zones={timeZoneChoices(settings.timeZone)}
            suggestedWords={SUGGESTED_WORK_WORDS}
          />
        </Card>
        <Card>
          <p>
            Two-step sign-in for staff is{" "}
            <span className="font-medium">{settings.requireTwoFactor ? "required" : "optional"}</span>.{" "}
            <Link href="/admin/security" className="underline">
              Change it on the Security page
            </Link>
            .
          </p>
        </Card>
      </div>
    </>
  );
}
