import type { Metadata } from "next";
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
    </>
  );
}
