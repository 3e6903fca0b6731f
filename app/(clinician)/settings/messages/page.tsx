import type { Metadata } from "next";
import { OfficeHoursForm } from "@/components/messages/office-hours-form";
import { Card, PageHeader } from "@/components/ui/card";
import { page } from "@/lib/http/page";
import { getOfficeHours } from "@/lib/messages/service";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Messages settings" };

export default page({ roles: ["CLINICIAN"] }, MessagesSettingsPage);

async function MessagesSettingsPage(actor: Actor) {
  const { note } = await getOfficeHours(actor);
  return (
    <div className="mx-auto flex max-w-3xl flex-col">
      <PageHeader title="Messages" lead="What your clients read when they write to you." />
      <Card>
        <OfficeHoursForm initial={note} />
      </Card>
    </div>
  );
}
