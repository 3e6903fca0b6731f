import Link from "next/link";
import { clockTime, shortDate } from "@/components/prep/format";
import { buttonClasses } from "@/components/ui/button";
import type { UpcomingAppointmentDto } from "@/lib/dashboard/schemas";

// One upcoming appointment on the clinician's dashboard, in two sizes: a card for today and tomorrow
// (what to prepare now), one line for later in the week. A busy week is ~80 appointments; as cards they
// were most of the page's rendering time (docs/performance.md), and a line is quicker to scan anyway.

const MODALITY = { IN_PERSON: "In person", VIDEO: "Video" } as const;

/** "3 new since Nov 19", "2 to review", "1 overdue": what came in and what is missing. */
function facts(s: UpcomingAppointmentDto, timeZone: string): { text: string; warn: boolean }[] {
  const since = s.lastAppointmentAt ? shortDate(s.lastAppointmentAt, timeZone) : null;
  return [
    {
      text:
        s.newSubmissions > 0
          ? `${s.newSubmissions} new ${since ? `since ${since}` : "(first appointment)"}`
          : since
            ? `Nothing new since ${since}`
            : "Nothing sent yet",
      warn: false,
    },
    ...(s.unreviewed > 0 ? [{ text: `${s.unreviewed} to review`, warn: false }] : []),
    ...(s.overdue > 0 ? [{ text: `${s.overdue} overdue`, warn: true }] : []),
  ];
}

function Facts({ appointment, timeZone }: { appointment: UpcomingAppointmentDto; timeZone: string }) {
  return facts(appointment, timeZone).map((f, i) => (
    <span key={f.text} className={f.warn ? "text-warn" : undefined}>
      {i > 0 ? " · " : ""}
      {f.text}
    </span>
  ));
}

function prepareLabel(s: UpcomingAppointmentDto, timeZone: string): string {
  return `Prepare for ${s.with.name} at ${clockTime(s.startsAt, timeZone)}`;
}

export function AppointmentCard({
  appointment: s,
  timeZone,
}: {
  appointment: UpcomingAppointmentDto;
  timeZone: string;
}) {
  return (
    <li
      className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between"
      data-testid="appointment-row"
    >
      <div className="min-w-0">
        <p className="font-medium">
          <span className="tabular-nums">{clockTime(s.startsAt, timeZone)}</span> · {s.with.name}
        </p>
        <p className="text-sm text-muted">
          {s.with.kind === "couple" ? "Couple" : "Individual"} · {MODALITY[s.modality]} · {s.durationMinutes}{" "}
          min
        </p>
        <p className="mt-1 text-sm">
          <Facts appointment={s} timeZone={timeZone} />
        </p>
      </div>
      <Link
        href={s.prepHref}
        className={buttonClasses("primary", "shrink-0")}
        aria-label={prepareLabel(s, timeZone)}
      >
        Prepare
      </Link>
    </li>
  );
}

export function AppointmentLine({
  appointment: s,
  timeZone,
}: {
  appointment: UpcomingAppointmentDto;
  timeZone: string;
}) {
  return (
    <li className="flex items-center justify-between gap-3 px-4 py-1.5" data-testid="appointment-row">
      <p className="min-w-0">
        <span className="tabular-nums">{clockTime(s.startsAt, timeZone)}</span> · {s.with.name}
        <span className="block text-sm text-muted sm:ml-2 sm:inline">
          <Facts appointment={s} timeZone={timeZone} />
        </span>
      </p>
      <Link
        href={s.prepHref}
        className="inline-flex min-h-11 shrink-0 items-center text-accent underline-offset-4 hover:underline"
        aria-label={prepareLabel(s, timeZone)}
      >
        Prepare
      </Link>
    </li>
  );
}
