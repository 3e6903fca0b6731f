import type { Metadata } from "next";
import { ScheduleForm } from "@/components/appointments/schedule-form";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { listCaseload } from "@/lib/clients/queries";
import { listAppointments } from "@/lib/appointments/service";
import { formatDay, tomorrowIn, zoneName } from "@/lib/time/zones";
import { cancelAppointmentAction, scheduleAppointmentAction } from "./actions";
import { clockTime } from "@/components/prep/format";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Schedule" };

const MODALITY = { IN_PERSON: "In person", VIDEO: "Video" } as const;

export default page({ roles: ["CLINICIAN"] }, SchedulePage);

async function SchedulePage(actor: Actor) {
  const [appointments, caseload] = await Promise.all([
    listAppointments(actor, {}, await pageRequestMeta()),
    listCaseload(actor),
  ]);
  const zone = zoneName(actor.timeZone);
  const timeOf = (iso: string) => clockTime(iso, actor.timeZone);

  const byDay = new Map<string, typeof appointments>();
  for (const s of appointments) {
    const day = formatDay(new Date(s.startsAt), actor.timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  const people = caseload.map((entry) =>
    entry.kind === "couple"
      ? { value: `couple:${entry.id}`, label: `${entry.name} (couple)` }
      : { value: `client:${entry.client.id}`, label: entry.client.name },
  );

  return (
    <>
      <PageHeader title="Schedule" lead={`Times shown in ${zone}.`} />
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
            <div className="flex flex-col gap-5">
              {[...byDay.entries()].map(([day, list]) => (
                <div key={day}>
                  <h3 className="mb-2 font-medium text-muted">{day}</h3>
                  <ul className="flex flex-col gap-2">
                    {list.map((s) => (
                      <li key={s.id}>
                        <Card className="flex flex-wrap items-center justify-between gap-3 p-4">
                          <div>
                            <p className="font-medium">
                              {timeOf(s.startsAt)} · {s.with.name}
                            </p>
                            <p className="text-sm text-muted">
                              {s.durationMinutes} minutes · {MODALITY[s.modality]}
                              {s.with.kind === "couple" ? " · couple" : ""}
                            </p>
                          </div>
                          <form action={cancelAppointmentAction}>
                            <input type="hidden" name="id" value={s.id} />
                            <Button
                              type="submit"
                              variant="secondary"
                              aria-label={`Cancel the appointment with ${s.with.name} at ${timeOf(s.startsAt)}`}
                            >
                              Cancel
                            </Button>
                          </form>
                        </Card>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
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
