import type { Metadata } from "next";
import { UpcomingSessions } from "@/components/appointments/upcoming-sessions";
import { ClientAssignments } from "@/components/assignments/client-assignments";
import { LocationBanner } from "@/components/locations/location-banner";
import { Card, PageHeader } from "@/components/ui/card";
import { listMyAppointments } from "@/lib/appointments/client-view";
import { Notice } from "@/components/ui/notice";
import { plural } from "@/lib/assignments/labels";
import { formatDay } from "@/lib/time/zones";
import { listMyAssignments } from "@/lib/assignments/service";
import { getClientHome } from "@/lib/clients/home";
import { getMyLocation } from "@/lib/locations/service";
import { assignmentsWithNewFeedback } from "@/lib/review/new-feedback";
import { homeCoupleSummary } from "@/lib/couples/privacy-words";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Home" };

export default page({ roles: ["CLIENT"] }, ClientHomePage);

async function ClientHomePage(actor: Actor) {
  const [home, location, items, sessions, newFeedback] = await Promise.all([
    getClientHome(actor),
    getMyLocation(actor),
    listMyAssignments(actor),
    listMyAppointments(actor),
    assignmentsWithNewFeedback(actor),
  ]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col">
      <LocationBanner location={location} assignmentLabel={home.assignmentLabel} />
      <PageHeader
        title={`Hi, ${actor.name.split(" ")[0]}`}
        lead={`Your space for the work between appointments with ${home.clinicianName}.`}
      />
      {home.accessEndsAt ? (
        <div className="mb-6">
          <Notice title="Your care here has ended" role="status">
            {home.clinicianName} will not send you new {plural(home.assignmentLabel)}. You can read and{" "}
            <a href="/account/export" className="text-accent underline underline-offset-4">
              download everything you wrote
            </a>{" "}
            until {formatDay(home.accessEndsAt, actor.timeZone)}; after that you can no longer sign in.
          </Notice>
        </div>
      ) : null}
      {home.agreementToConfirm ? (
        <div className="mb-6" data-testid="agreement-to-confirm">
          <Notice title="Please confirm a change to your privacy agreement" role="status">
            {home.clinicianName} proposed a change to how sharing works for the two of you. Nothing changes
            until you have both confirmed it.{" "}
            <a href="/account/privacy" className="text-accent underline underline-offset-4">
              Read it and confirm
            </a>
          </Notice>
        </div>
      ) : null}
      <UpcomingSessions sessions={sessions} timeZone={actor.timeZone} />
      <ClientAssignments
        items={items}
        label={home.assignmentLabel}
        clinicianName={home.clinicianName}
        timeZone={actor.timeZone}
        now={new Date()}
        newFeedback={newFeedback}
      />
      {home.coupleName && home.agreement ? (
        <Card className="mt-8">
          <p className="font-medium">{home.coupleName}</p>
          <p className="text-muted" data-testid="privacy-summary">
            {homeCoupleSummary(home.agreement, home.clinicianName)}
          </p>
          <a
            href="/account/privacy"
            className="mt-2 inline-flex min-h-11 items-center text-accent underline underline-offset-4"
          >
            How sharing works, and your agreement with your therapist
          </a>
        </Card>
      ) : (
        <p className="mt-8 text-base text-muted">
          <a
            href="/account/privacy"
            className="inline-flex min-h-11 items-center text-accent underline underline-offset-4"
          >
            Who sees your answers
          </a>
        </p>
      )}
    </div>
  );
}
