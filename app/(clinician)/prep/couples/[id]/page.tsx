import type { Metadata } from "next";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { getCouplePrep } from "@/lib/prep/service";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";
import { PrepScreen } from "../../prep-screen";

export const metadata: Metadata = { title: "Appointment prep" };

export default page({ roles: ["CLINICIAN"] }, CouplePrepPage);

async function CouplePrepPage(actor: Actor, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const meta = await pageRequestMeta();
  return <PrepScreen actor={actor} prep={await getCouplePrep(actor, id, meta)} meta={meta} />;
}
