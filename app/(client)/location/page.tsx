import type { Metadata } from "next";
import { LocationForm } from "@/components/locations/location-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getMyLocation } from "@/lib/locations/service";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";
import { dateWords } from "@/lib/time/words";

export const metadata: Metadata = { title: "Your location" };

export default page({ roles: ["CLIENT"] }, LocationPage);

async function LocationPage(actor: Actor) {
  const location = await getMyLocation(actor);
  const since = location.attestedAt ? dateWords(new Date(location.attestedAt), actor.timeZone) : null;
  return (
    <>
      <PageHeader
        title="Where are you located?"
        lead="Therapists are licensed state by state, so your therapist can send you new work only while Mend knows which state you are in."
      />
      <Card className="max-w-xl">
        {location.state ? (
          <p className="mb-4">
            Last time, you told us you were in <strong>{location.stateName}</strong> ({since}).
            {location.needsConfirmation === "stale" ? " That was a while ago, so please confirm it." : ""}
          </p>
        ) : null}
        <LocationForm current={location.state} />
      </Card>
      <p className="mt-6 max-w-xl text-sm text-muted">
        Your therapist sees your answer. Earlier answers are kept too, so they can see when it changed.
      </p>
    </>
  );
}
