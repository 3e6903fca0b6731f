import { Card } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import type { MyAppointmentDto } from "@/lib/appointments/schemas";
import { timeWords, weekdayTimeWords } from "@/lib/time/words";
import { zoneName } from "@/lib/time/zones";
import { firstName } from "@/lib/text/names";

// A client's next session and the ones after it, in the client's own time zone, each with an
// "Add to calendar" (.ics) link. Both partners of a couple see the couple's sessions.

function calendarHref(id: string) {
  return `/api/v1/me/appointments/${id}/calendar`;
}

export function UpcomingSessions({ sessions, timeZone }: { sessions: MyAppointmentDto[]; timeZone: string }) {
  const zone = timeZone;
  const [next, ...later] = sessions;
  return (
    <section aria-labelledby="sessions-heading" className="mb-8">
      <h2 id="sessions-heading" className="mb-3 text-lg font-semibold">
        Your sessions
      </h2>
      {!next ? (
        <p className="text-muted">No sessions scheduled yet. Your therapist will add the next one here.</p>
      ) : (
        <>
          <Card>
            <p className="text-sm text-muted">Next session</p>
            <p className="mt-1 text-lg font-medium">{weekdayTimeWords(new Date(next.startsAt), zone)}</p>
            <p className="text-muted">
              {next.durationMinutes} minutes with {firstName(next.clinicianName, "your therapist")} ·{" "}
              {next.modality === "VIDEO" ? "Video" : "In person"}
              {next.withCouple ? " · together" : ""} · {zoneName(zone, new Date(next.startsAt))}
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              {next.videoUrl ? (
                <a
                  href={next.videoUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  className={buttonClasses("primary")}
                >
                  Join video session
                </a>
              ) : null}
              <a href={calendarHref(next.id)} download className={buttonClasses("secondary")}>
                Add to calendar
              </a>
            </div>
          </Card>
          {later.length ? (
            <ul className="mt-3 flex flex-col gap-2" aria-label="Later sessions">
              {later.map((s) => (
                <li
                  key={s.id}
                  className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-line bg-surface px-4 py-2"
                >
                  <span>
                    {weekdayTimeWords(new Date(s.startsAt), zone)}
                    <span className="text-muted">
                      {" "}
                      – {timeWords(new Date(s.endsAt), zone)} ·{" "}
                      {s.modality === "VIDEO" ? "Video" : "In person"}
                    </span>
                  </span>
                  <a
                    href={calendarHref(s.id)}
                    download
                    aria-label={`Add to calendar: ${weekdayTimeWords(new Date(s.startsAt), zone)}`}
                    className="inline-flex min-h-11 items-center text-accent underline underline-offset-4"
                  >
                    Add to calendar
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}
