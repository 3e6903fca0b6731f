import type { Metadata } from "next";
import Link from "next/link";
import { AccountSettings } from "@/components/auth/account-settings";
import { NotificationSettingsLink } from "@/components/data-rights/account-links";
import { PageHeader } from "@/components/ui/card";
import { listMySessions } from "@/lib/auth/account/service";
import { getTwoFactorStatus } from "@/lib/auth/two-factor/service";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Your account" };

export default page({ roles: ["CLINICIAN"] }, ClinicianAccountPage);

async function ClinicianAccountPage(actor: Actor) {
  const [sessions, twoFactor] = await Promise.all([listMySessions(actor), getTwoFactorStatus(actor)]);
  return (
    <>
      <PageHeader
        title="Your account"
        lead="Password, two-step verification and the devices you are signed in on."
      />
      <AccountSettings person={actor} sessions={sessions} twoFactor={twoFactor} />
      <NotificationSettingsLink href="/settings/notifications" />
      <p className="mt-2">
        <Link
          href="/settings/messages"
          className="inline-flex min-h-11 items-center text-accent underline underline-offset-4"
        >
          Messages: your office-hours note
        </Link>
      </p>
      <p>
        <Link
          href="/settings/calendar"
          className="inline-flex min-h-11 items-center text-accent underline underline-offset-4"
        >
          Calendar: your private appointment feed
        </Link>
      </p>
    </>
  );
}
