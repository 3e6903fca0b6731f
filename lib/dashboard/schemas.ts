// The clinician's home: who is next (appointments in the coming week, each with what came in since the
// last one) and everything waiting for review, oldest first. Pure types.

export const DASHBOARD_DAYS = 7;

export type Who = { kind: "client" | "couple"; id: string; name: string };

export type UpcomingAppointmentDto = {
  id: string;
  startsAt: string;
  durationMinutes: number;
  modality: "IN_PERSON" | "VIDEO";
  with: Who;
  /** The last appointment with them before now; null for a first appointment. */
  lastAppointmentAt: string | null;
  /** Copies sent since the last appointment (ever, for a first appointment). */
  newSubmissions: number;
  /** Copies past their due date and not sent (or sent back for revision and not sent again). */
  overdue: number;
  /** Copies sent and not yet reviewed. */
  unreviewed: number;
  prepHref: string;
};

/** Sent work waiting for review, one row per person (or couple) and exercise. */
export type AwaitingReviewDto = {
  key: string;
  title: string;
  with: Who;
  /** The assignments in this row, oldest sent first (a weekly check-in can have several). */
  assignmentIds: string[];
  /** Each person with work in this row, with when they sent the oldest of it. */
  senders: { clientId: string; name: string; submittedAt: string }[];
  oldestSubmittedAt: string;
  /** The prep view, at the oldest of these. */
  href: string;
};

export type DashboardDto = {
  timeZone: string;
  appointments: UpcomingAppointmentDto[];
  awaitingReview: AwaitingReviewDto[];
};

export function prepHref(who: Pick<Who, "kind" | "id">): string {
  return who.kind === "couple" ? `/prep/couples/${who.id}` : `/prep/clients/${who.id}`;
}

/**
 * The waiting list shows the oldest this many at first: the next thing to read is at the top, and a
 * clinician with hundreds waiting still gets a short, quick page. The rest are one link away.
 */
export const WAITING_SHOWN = 20;

/** The rows of "Waiting for your review" to show, and how many are left out. */
export function waitingRows<T>(all: readonly T[], showAll: boolean): { shown: readonly T[]; hidden: number } {
  const shown = showAll ? all : all.slice(0, WAITING_SHOWN);
  return { shown, hidden: all.length - shown.length };
}

type CaseloadLike =
  { kind: "individual"; client: { id: string; name: string } } | { kind: "couple"; id: string; name: string };

/** The caseload's clients and couples with no appointment in `appointments`, in caseload order. */
export function withoutAppointments(
  caseload: readonly CaseloadLike[],
  appointments: readonly { with: Pick<Who, "kind" | "id"> }[],
): Who[] {
  const booked = new Set(appointments.map((s) => `${s.with.kind}:${s.with.id}`));
  return caseload
    .map((entry): Who =>
      entry.kind === "couple"
        ? { kind: "couple", id: entry.id, name: entry.name }
        : { kind: "client", id: entry.client.id, name: entry.client.name },
    )
    .filter((who) => !booked.has(`${who.kind}:${who.id}`));
}
