import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

// iCalendar (RFC 5545) for appointments, written with ical-generator (folding, escaping and UTC
// stamps are its job). One UID per appointment for its whole life, so a calendar app updates the
// same event when it is moved (SEQUENCE goes up) and removes it when it is cancelled (METHOD:CANCEL).
// Events carry who and when only: the other person's name (or initials in a clinician's feed), the
// kind of event, and a link; never exercise titles, notes or anything clinical.

export type CalendarEvent = {
  appointmentId: string;
  startsAt: Date;
  durationMinutes: number;
  sequence: number;
  cancelled: boolean;
  /** e.g. "Session with Riley Morgan" (a client's copy) or "Session · A.R." (a clinician's feed). */
  summary: string;
  /** A link back to Mend (and the video link, when there is one). */
  url: string;
  videoUrl?: string | null;
  /** When the event last changed (DTSTAMP): the same input always gives the same file. */
  stamp: Date;
};

export type Organizer = { name: string; email: string };

/** The appointment's UID: stable across moves and cancellation, unique to this Mend host. */
export function appointmentUid(appointmentId: string, host: string): string {
  return `appointment-${appointmentId}@${host}`;
}

function addEvent(
  calendar: ReturnType<typeof ical>,
  event: CalendarEvent,
  host: string,
  extra: { organizer?: Organizer; attendee?: string } = {},
) {
  const description = [event.videoUrl ? `Video link: ${event.videoUrl}` : null, `Mend: ${event.url}`]
    .filter(Boolean)
    .join("\n");
  calendar.createEvent({
    id: appointmentUid(event.appointmentId, host),
    sequence: event.sequence,
    start: event.startsAt,
    end: new Date(event.startsAt.getTime() + event.durationMinutes * 60_000),
    stamp: event.stamp,
    summary: event.summary,
    description,
    url: event.videoUrl ?? event.url,
    ...(event.videoUrl ? { location: event.videoUrl } : {}),
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...(extra.organizer ? { organizer: extra.organizer } : {}),
    ...(extra.attendee ? { attendees: [{ email: extra.attendee }] } : {}),
  });
}

/**
 * The `.ics` sent with a scheduled, moved or cancelled notice: METHOD:REQUEST (add or update) or
 * METHOD:CANCEL. REQUEST and CANCEL name an organizer and the attendee (RFC 5546), so mail clients
 * offer to add or remove the event.
 */
export function invitationIcs(
  event: CalendarEvent,
  host: string,
  people: { organizer: Organizer; attendee: string },
): string {
  const calendar = ical({
    prodId: { company: "Mend", product: "Mend", language: "EN" },
    method: event.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  addEvent(calendar, event, host, people);
  return calendar.toString();
}

/** A plain `.ics` for "Add to calendar" (METHOD:PUBLISH: no invitation, just the event). */
export function downloadIcs(event: CalendarEvent, host: string): string {
  const calendar = ical({
    prodId: { company: "Mend", product: "Mend", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  addEvent(calendar, event, host);
  return calendar.toString();
}

/** A subscribed feed: every event in one calendar, no method (RFC 7986 name for the app's list). */
export function feedIcs(events: CalendarEvent[], host: string, name: string): string {
  const calendar = ical({ prodId: { company: "Mend", product: "Mend", language: "EN" }, name, ttl: 900 });
  for (const event of events) addEvent(calendar, event, host);
  return calendar.toString();
}

/** "Alex Rivera" → "A.R."; "Alex & Sam" (a couple) → "A. & S.". Letters only, nothing else leaves. */
export function initials(name: string): string {
  const parts = name.split(/\s*(?:&|\band\b)\s*/i).filter((p) => p.trim());
  const one = (part: string) =>
    part
      .trim()
      .split(/\s+/)
      .map((w) => w.match(/\p{L}/u)?.[0]?.toUpperCase())
      .filter(Boolean)
      .map((c) => `${c}.`)
      .join("");
  const joined = parts.map(one).filter(Boolean);
  return joined.length ? joined.join(" & ") : "?";
}
