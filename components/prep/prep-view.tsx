// The prep view of a client or couple, read top to bottom in the minutes before an appointment: the
// appointment and what changed since the last one at a glance, then what came in (by exercise), what is
// still missing, trends, and earlier notes. Prints as a compact prep sheet.
import Link from "next/link";
import { LineChart } from "@/components/charts/line-chart";
import { CommentList } from "@/components/review/comment-list";
import { EmptyState } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { PrepAssignmentDto, PrepDto } from "@/lib/prep/schemas";
import { zoneName } from "@/lib/time/zones";
import { AssignmentCard } from "./assignment-card";
import { firstName, appointmentWhen, shortDate } from "./format";
import { PrintPrepButton } from "./print-button";

const MODALITY = { IN_PERSON: "in person", VIDEO: "video" } as const;

function Section({
  id,
  title,
  children,
  lead,
}: {
  id: string;
  title: string;
  lead?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3 print:gap-2">
      <div>
        <h2 id={`${id}-heading`} className="text-xl font-semibold print:text-base">
          {title}
        </h2>
        {lead ? <p className="text-muted print:hidden">{lead}</p> : null}
      </div>
      {children}
    </section>
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function groupByExercise(assignments: PrepAssignmentDto[]) {
  const groups = new Map<string, PrepAssignmentDto[]>();
  for (const a of assignments) groups.set(a.title, [...(groups.get(a.title) ?? []), a]);
  return [...groups.entries()];
}

export function PrepView({
  prep,
  timeZone,
  reviewBlocked = [],
}: {
  prep: PrepDto;
  timeZone: string;
  /** Why review and comments are closed now (the licence rule), one sentence per person; empty when open. */
  reviewBlocked?: string[];
}) {
  const canReview = reviewBlocked.length === 0;
  const { subject } = prep;
  const isCouple = subject.kind === "couple";
  const sentBy = subject.people
    .map((p) => ({
      name: firstName(p.name),
      count: prep.assignments.filter((a) => a.copies.some((c) => c.clientId === p.clientId && c.isNew))
        .length,
    }))
    .filter((p) => p.count > 0);
  const toReview = prep.assignments.reduce(
    (n, a) => n + a.copies.filter((c) => c.state === "SUBMITTED").length,
    0,
  );
  const overdue = prep.outstanding.filter((o) => o.overdue).length;
  const sinceWords = prep.since
    ? `since the last appointment on ${shortDate(prep.since, timeZone)}`
    : "so far (no earlier appointment)";
  const names = subject.people.map((p) => firstName(p.name));

  return (
    <div
      className="flex flex-col gap-8 print:gap-4 print:text-[10.5pt] print:leading-snug"
      data-testid="prep-view"
    >
      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <p className="text-sm font-medium uppercase tracking-wide text-muted print:text-xs">
              Appointment prep
            </p>
            <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl print:text-xl">
              {subject.name}
            </h1>
            <p className="text-muted print:text-sm">
              {isCouple ? `Couple · ${names.join(" and ")}` : "Individual client"}
              {subject.couple ? (
                <>
                  {" · partner in "}
                  <Link
                    href={`/prep/couples/${subject.couple.id}`}
                    className="text-accent underline-offset-4 hover:underline"
                  >
                    {subject.couple.name}
                  </Link>
                </>
              ) : null}
            </p>
          </div>
          <PrintPrepButton />
        </div>
        <div
          className="rounded-xl border border-line bg-surface p-4 print:border-0 print:p-0"
          data-testid="prep-glance"
        >
          <p className="font-medium">
            {prep.nextAppointment
              ? `Next appointment: ${appointmentWhen(prep.nextAppointment.startsAt, timeZone)} · ${prep.nextAppointment.durationMinutes} min, ${MODALITY[prep.nextAppointment.modality]}`
              : "No appointment booked yet."}
          </p>
          <p className="text-muted print:text-sm">
            {sentBy.length === 0
              ? `Nothing new ${sinceWords}`
              : `${capitalised(sinceWords)}: ${sentBy.map((p) => `${p.name} sent ${p.count}`).join(", ")}`}
            {toReview > 0 ? ` · ${toReview} waiting for your review` : ""}
            {overdue > 0 ? ` · ${overdue} overdue` : ""}.
          </p>
          <p className="text-sm text-muted">Times are in {zoneName(timeZone)}.</p>
        </div>
        {canReview ? null : (
          <div className="print:hidden" data-testid="prep-review-blocked">
            <Notice tone="warn" title="Reviewing and commenting are paused">
              {reviewBlocked.map((reason) => (
                <p key={reason}>{reason}</p>
              ))}
              <p className="mt-1 text-sm">
                Everything they sent is kept and you can still read it here. Withdrawing work is still
                possible from its page.
              </p>
            </Notice>
          </div>
        )}
      </header>

      <Section
        id="came-in"
        title="What came in"
        lead={
          prep.assignments.length > 0
            ? `The latest version each person sent, ${sinceWords}, and anything still waiting for review.`
            : undefined
        }
      >
        {prep.assignments.length === 0 ? (
          <EmptyState title="Nothing new to read">Nothing has been sent {sinceWords}.</EmptyState>
        ) : (
          <div className="flex flex-col gap-6 print:gap-3">
            {groupByExercise(prep.assignments).map(([title, list]) => {
              // In lib/prep/build.ts's order (newest complete work first). Repeated work (a weekly
              // check-in): the first in full, the others folded away (the trend shows them at a
              // glance), except those waiting for review, which open expanded.
              const latest = list[0]!;
              const earlier = list.slice(1);
              return (
                <div key={title} className="flex flex-col gap-3 print:gap-2">
                  <AssignmentCard assignment={latest} timeZone={timeZone} canReview={canReview} />
                  {earlier.length > 0 ? (
                    <div className="flex flex-col gap-2 print:hidden">
                      <p className="text-sm font-medium text-muted">
                        Earlier {title.toLowerCase()}
                        {earlier.length > 1 ? ` (${earlier.length})` : ""}
                      </p>
                      {earlier.map((a) => (
                        <details
                          key={a.id}
                          open={a.awaitingReview}
                          className="group rounded-xl border border-line bg-surface"
                          data-testid="earlier-copy"
                        >
                          <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-2 px-4 py-2">
                            <span className="font-medium">Due {shortDate(a.dueAt, timeZone)}</span>
                            <span className="text-muted">
                              ·{" "}
                              {a.copies
                                .filter((c) => c.submittedAt)
                                .map(
                                  (c) => `${firstName(c.name)} sent ${shortDate(c.submittedAt!, timeZone)}`,
                                )
                                .join(", ")}
                              {a.awaitingReview ? " · waiting for your review" : ""}
                            </span>
                            {/* In full, wrapping: with the dates, the note is what tells copies of the
                                same exercise apart, and a phone would cut it off after a few words. */}
                            {a.note ? (
                              <span
                                className="w-full whitespace-pre-line break-words text-sm text-muted"
                                data-testid="earlier-copy-note"
                              >
                                Your note: {a.note}
                              </span>
                            ) : null}
                          </summary>
                          <div className="border-t border-line">
                            <AssignmentCard assignment={a} timeZone={timeZone} canReview={canReview} nested />
                          </div>
                        </details>
                      ))}
                    </div>
                  ) : null}
                </div>
              );
            })}
            {prep.truncated ? (
              <p className="text-sm text-muted">Only the most recent work is shown here.</p>
            ) : null}
          </div>
        )}
      </Section>

      <Section
        id="missing"
        title="Still to come in"
        lead={
          prep.outstanding.length > 0
            ? isCouple
              ? "Due before the next appointment, overdue, or only one partner's so far."
              : "Due before the next appointment, or overdue."
            : undefined
        }
      >
        {prep.outstanding.length === 0 ? (
          <p className="text-muted print:text-sm">Nothing is missing.</p>
        ) : (
          <ul className="flex flex-col gap-2" data-testid="prep-outstanding">
            {prep.outstanding.map((o) => (
              <li
                key={o.assignmentId}
                className="flex flex-wrap items-baseline justify-between gap-x-4 rounded-lg border border-line bg-surface px-4 py-3 print:border-0 print:p-0"
              >
                <span>
                  <span className="font-medium">{o.title}</span>
                  <span className="text-muted">
                    {" "}
                    · waiting on{" "}
                    {o.waitingOn
                      .map(
                        (w) =>
                          `${firstName(w.name)}${w.state === "IN_PROGRESS" ? " (started)" : w.state === "REVISION_REQUESTED" ? " (revising)" : ""}`,
                      )
                      .join(" and ")}
                  </span>
                </span>
                <span className={o.overdue ? "text-warn" : "text-muted"}>
                  {o.overdue ? "Overdue · was due" : "Due"} {shortDate(o.dueAt, timeZone)}
                  {!o.overdue && prep.nextAppointment && o.dueAt > prep.nextAppointment.startsAt
                    ? ", after the appointment"
                    : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      {prep.trends.length > 0 ? (
        <Section
          id="trends"
          title="Trends"
          lead={isCouple ? "Repeated check-ins, one line per partner." : "Repeated check-ins over time."}
        >
          {prep.trends.map((trend) => (
            <div key={trend.exerciseSlug} className="flex flex-col gap-3 break-inside-avoid">
              <h3 className="font-medium">{trend.title}</h3>
              <div className="grid gap-6 sm:grid-cols-2 print:grid-cols-4 print:gap-3" data-testid="trend">
                {trend.scales.map((scale) => (
                  <LineChart
                    key={scale.promptId}
                    id={`trend-${trend.exerciseSlug}-${scale.promptId}`}
                    title={scale.label}
                    min={scale.min}
                    max={scale.max}
                    minLabel={scale.minLabel}
                    maxLabel={scale.maxLabel}
                    series={scale.series.map((s) => ({
                      key: s.clientId,
                      name: firstName(s.name),
                      points: s.points,
                    }))}
                    timeZone={timeZone}
                  />
                ))}
              </div>
            </div>
          ))}
        </Section>
      ) : null}

      <Section
        id="earlier"
        title="Earlier notes and feedback"
        lead={prep.earlierComments.length > 0 ? "On earlier work, newest first." : undefined}
      >
        {prep.earlierComments.length === 0 ? (
          <p className="text-muted print:text-sm">No earlier notes.</p>
        ) : (
          <CommentList comments={prep.earlierComments} timeZone={timeZone} showContext />
        )}
      </Section>
    </div>
  );
}
