import type { Metadata } from "next";
import Link from "next/link";
import { InviteClientForm, type InviteMode } from "@/components/invitations/invite-client-form";
import { Card, PageHeader } from "@/components/ui/card";
import { listClients } from "@/lib/clients/caseload";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Invite a client" };

const MODES: readonly InviteMode[] = ["individual", "new-couple", "existing-couple"];

export default page({ roles: ["CLINICIAN"] }, InviteClientPage);

async function InviteClientPage(
  actor: Actor,
  {
    searchParams,
  }: {
    searchParams: Promise<{ mode?: string; coupleId?: string }>;
  },
) {
  const { mode, coupleId } = await searchParams;
  const caseload = await listClients(actor, await pageRequestMeta());
  // Couples with room for one more partner.
  const couples = caseload.couples
    .filter((c) => c.partners.length + c.pendingInvitations < 2)
    .map((c) => ({ id: c.id, name: c.name }));
  const initialMode = MODES.includes(mode as InviteMode) ? (mode as InviteMode) : "individual";
  return (
    <>
      <PageHeader
        title="Invite a client"
        lead={
          <>
            They get an email with a link that works once, for 7 days.{" "}
            <Link href="/clients" className="text-accent underline">
              Back to clients
            </Link>
          </>
        }
      />
      <Card className="max-w-2xl">
        <InviteClientForm
          couples={couples}
          initialMode={initialMode}
          initialCoupleId={
            typeof coupleId === "string" && couples.some((c) => c.id === coupleId) ? coupleId : undefined
          }
        />
      </Card>
    </>
  );
}
