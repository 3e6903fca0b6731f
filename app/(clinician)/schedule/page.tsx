import type { Metadata } from "next";
import Link from "next/link";
import { AppointmentItem, type ScheduleItem } from "@/components/appointments/appointment-item";
import { ScheduleForm } from "@/components/appointments/schedule-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { listCaseload } from "@/lib/clients/queries";
import { listAppointments } from "@/lib/appointments/service";
import { formatDay, tomorrowIn, utcToZoned, zoneName } from "@/lib/time/zones";
import {
  cancelAppointmentAction,
  restoreAppointmentAction,
  scheduleAppointmentAction,
  updateAppointmentAction,
} from "./actions";
import { clockTime } from "@/components/prep/format";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";
import { firstName } from "@/lib/text/names";

export const metadata: Metadata = { title: "Schedule" };

const MODALITY = { IN_PERSON: "In person", VIDEO: "Video" } as const;

export default page({ roles: ["CLINICIAN"] }, SchedulePage);

function andList(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? "The client")
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function isAhead(iso: string): boolean {
  return new Date(iso).getTime() > Date.now();
}

async function SchedulePage(actor: Actor) {
  const [appointments, caseload] = await Promise.all([
    listAppointments(actor, { includeCancelled: true }, await pageRequestMeta()),
    listCaseload(actor),
  ]);
  const zone = zoneName(actor.timeZone);
  const timeOf = (iso: string) => clockTime(iso, actor.timeZone);
  const partnersOf = new Map(
    caseload.flatMap((e) => (e.kind === "couple" ? [[e.id, e.partners.map((p) => p.name)] as const] : [])),
  );

  const byDay = new Map<string, ScheduleItem[]>();
  for (const s of appointments) {
    // A cancelled appointment stays on the list while it is still ahead, so it can be undone.
    if (s.cancelled && !isAhead(s.startsAt)) continue;
    const day = formatDay(new Date(s.startsAt), actor.timeZone);
    const local = utcToZoned(new Date(s.startsAt), actor.timeZone);
    const names = s.with.kind === "couple" ? (partnersOf.get(s.with.id) ?? []) : [s.with.name];
    const item: ScheduleItem = {
      id: s.id,
      time: timeOf(s.startsAt),
      name: s.with.name,
      told: andList(names.map((n) => firstName(n, n))),
      details: [
        `${s.durationMinutes} minutes`,
        MODALITY[s.modality],
        s.with.kind === "couple" ? "couple" : null,
        s.videoUrl ? "video link set" : null,
        s.seriesId ? "weekly" : null,
      ]
        .filter(Boolean)
        .join(" · "),
      cancelled: s.cancelled,
      values: {
        date: local.date,
        time: local.time,
        durationMinutes: String(s.durationMinutes),
        modality: s.modality,
        videoUrl: s.videoUrl ?? "",
      },
    };
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  const people = caseload.map((entry) =>
    entry.kind === "couple"
      ? { value: `couple:${entry.id}`, label: `${entry.name} (couple)` }
      : { value: `client:${entry.client.id}`, label: entry.client.name },
  );

  return (
    <>
      <PageHeader
        title="Schedule"
        lead={
          <>
            Times shown in {zone}. Clients are emailed when you schedule, change or cancel.{" "}
            <Link href="/settings/calendar" className="text-accent underline underline-offset-4">
              Add your schedule to your calendar app
            </Link>
          </>
        }
      />
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading" className="mb-3 text-lg font-semibold">
            Upcoming appointments
          </h2>
          {byDay.size === 0 ? (
            <EmptyState title="No appointments scheduled">
              Schedule one with the form; due dates will default to just before it.
            </EmptyState>
          ) : (
            // One flat list (day headings between the items), so an appointment moved to another day
            // keeps its place in React's tree and its "told by email" note stays on screen.
            <ul className="flex flex-col gap-2">
              {[...byDay.entries()].flatMap(([day, list], index) => [
                <li key={`day-${day}`} className={index === 0 ? "" : "mt-3"}>
                  <h3 className="font-medium text-muted">{day}</h3>
                </li>,
                ...list.map((item) => (
                  <li key={item.id}>
                    <AppointmentItem
                      item={item}
                      zoneLabel={zone}
                      update={updateAppointmentAction}
                      cancel={cancelAppointmentAction}
                      restore={restoreAppointmentAction}
                    />
                  </li>
                )),
              ])}
            </ul>
          )}
        </section>
        <section aria-labelledby="new-heading">
          <h2 id="new-heading" className="mb-3 text-lg font-semibold">
            Schedule an appointment
          </h2>
          <Card>
            <ScheduleForm
              action={scheduleAppointmentAction}
              people={people}
              defaultDate={tomorrowIn(actor.timeZone)}
              zoneLabel={zone}
            />
          </Card>
        </section>
      </div>
    </>
  );
}
