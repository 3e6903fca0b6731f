import type { Metadata } from "next";
import { InvitationList } from "@/components/invitations/invitation-list";
import { InviteClinicianForm } from "@/components/invitations/invite-clinician-form";
import { Card, PageHeader } from "@/components/ui/card";
import { listInvitations } from "@/lib/invitations/service";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Invite a clinician" };

export default page({ roles: ["ADMIN"] }, AdminInvitePage);

async function AdminInvitePage(actor: Actor) {
  const invitations = await listInvitations(actor);
  const open = invitations.filter((i) => i.status === "pending" || i.status === "expired");
  return (
    <>
      <PageHeader
        title="Invite a clinician"
        lead="Clinicians invite their own clients once they have joined."
      />
      <Card className="mb-8 max-w-2xl">
        <InviteClinicianForm />
      </Card>
      {open.length > 0 ? (
        <section aria-labelledby="open-invitations-heading">
          <h2 id="open-invitations-heading" className="mb-3 text-lg font-semibold">
            Invitations not yet accepted
          </h2>
          <InvitationList invitations={open} timeZone={actor.timeZone} />
        </section>
      ) : null}
    </>
  );
}
