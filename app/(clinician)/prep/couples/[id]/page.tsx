import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrepView } from "@/components/prep/prep-view";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { requirePageActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getCouplePrep } from "@/lib/prep/service";

export const metadata: Metadata = { title: "Appointment prep" };

export default async function CouplePrepPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor(["CLINICIAN"]);
  const { id } = await params;
  const prep = await getCouplePrep(actor, id, await pageRequestMeta()).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  return <PrepView prep={prep} timeZone={actor.timeZone} />;
}
