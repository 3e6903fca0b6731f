import type { Metadata } from "next";
import { AccountSettings } from "@/components/auth/account-settings";
import { DataRightsLinks } from "@/components/data-rights/account-links";
import { PageHeader } from "@/components/ui/card";
import { listMySessions } from "@/lib/auth/account/service";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Your account" };

export default page({ roles: ["CLIENT"] }, ClientAccountPage);

async function ClientAccountPage(actor: Actor) {
  const sessions = await listMySessions(actor);
  return (
    <>
      <PageHeader title="Your account" lead="Your password and the devices you are signed in on." />
      <AccountSettings person={actor} sessions={sessions} twoFactor={null} />
      <DataRightsLinks />
    </>
  );
}
