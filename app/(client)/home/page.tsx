import type { Metadata } from "next";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/session";
import { getClientHome } from "@/lib/clients/home";

export const metadata: Metadata = { title: "Home" };

export default async function ClientHomePage() {
  const actor = await requirePageActor(["CLIENT"]);
  const home = await getClientHome(actor);
  return (
    <>
      <PageHeader title={`Hi, ${actor.name.split(" ")[0]}`} lead={`Your space for the work between sessions with ${home.clinicianName}.`} />
      <section aria-labelledby="next-heading" className="flex flex-col gap-3">
        <h2 id="next-heading" className="text-lg font-semibold">
          What to do next
        </h2>
        <EmptyState title={`Nothing is due right now`}>
          When {home.clinicianName} shares a {home.assignmentLabel} with you, it will appear here.
        </EmptyState>
      </section>
      {home.coupleName ? (
        <Card className="mt-6">
          <p className="font-medium">{home.coupleName}</p>
          <p className="text-muted">You are working on this together. Your answers stay between you and your therapist unless you choose to share them.</p>
        </Card>
      ) : null}
    </>
  );
}
