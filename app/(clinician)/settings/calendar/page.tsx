import type { Metadata } from "next";
import { CalendarFeedPanel } from "@/components/appointments/calendar-feed-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { calendarFeedStatus } from "@/lib/appointments/calendar-feed";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";
import { dateWords } from "@/lib/time/words";
import { revokeCalendarFeedAction, rotateCalendarFeedAction } from "./actions";

export const metadata: Metadata = { title: "Calendar feed" };

export default page({ roles: ["CLINICIAN"] }, CalendarFeedPage);

async function CalendarFeedPage(actor: Actor) {
  const status = await calendarFeedStatus(actor);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title="Calendar feed"
        lead="See your Mend appointments in your own calendar app. The feed shows times and initials only: no names, nothing clinical."
      />
      <Card>
        <CalendarFeedPanel
          active={status.active}
          since={status.createdAt ? dateWords(new Date(status.createdAt), actor.timeZone) : null}
          rotate={rotateCalendarFeedAction}
          revoke={revokeCalendarFeedAction}
        />
      </Card>
    </div>
  );
}
