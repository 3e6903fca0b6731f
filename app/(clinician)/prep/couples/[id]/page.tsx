import type { Metadata } from "next";
import { PrepView } from "@/components/prep/prep-view";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { getCouplePrep, prepReviewStanding } from "@/lib/prep/service";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Appointment prep" };

export default page({ roles: ["CLINICIAN"] }, CouplePrepPage);

async function CouplePrepPage(actor: Actor, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const prep = await getCouplePrep(actor, id, await pageRequestMeta());
  const standing = await prepReviewStanding(actor, prep);
  return <PrepView prep={prep} timeZone={actor.timeZone} reviewBlocked={standing.reasons} />;
}
