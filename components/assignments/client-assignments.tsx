// The client's home: one obvious next step, then what is due, in progress, done and withdrawn.
// Server-rendered, no JavaScript. Overdue work is marked calmly (never red): it can still be done.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { minutesLabel } from "@/components/exercises/labels";
import { capitalise, dayWords, dueWords, plural, withArticle } from "@/lib/assignments/labels";
import type { ClientAssignmentDto } from "@/lib/assignments/schemas";

type Props = {
  items: ClientAssignmentDto[];
  label: string;
  clinicianName: string;
  timeZone: string;
  now: Date;
  /** Assignments with feedback written or changed since the client last opened them. */
  newFeedback?: ReadonlySet<string>;
};

const OPEN = new Set(["ASSIGNED", "IN_PROGRESS", "REVISION_REQUESTED"]);
const byDue = (a: ClientAssignmentDto, b: ClientAssignmentDto) => a.dueAt.localeCompare(b.dueAt);

export type HomeGroups = {
  next: ClientAssignmentDto | null;
  due: ClientAssignmentDto[];
  inProgress: ClientAssignmentDto[];
  done: ClientAssignmentDto[];
  withdrawn: ClientAssignmentDto[];
  /** Later weeks of repeating check-ins, not shown one by one. */
  laterInSeries: number;
};

/** Sorts a client's assignments into the home page's groups. Pure. */
export function groupForHome(items: readonly ClientAssignmentDto[]): HomeGroups {
  const active = items.filter((a) => a.status === "ACTIVE");
  const open = active.filter((a) => OPEN.has(a.state)).sort(byDue);
  // Of a repeating series only the earliest open week is listed.
  const seenSeries = new Set<string>();
  const shown: ClientAssignmentDto[] = [];
  let laterInSeries = 0;
  for (const a of open) {
    if (a.seriesId && seenSeries.has(a.seriesId)) {
      laterInSeries += 1;
      continue;
    }
    if (a.seriesId) seenSeries.add(a.seriesId);
    shown.push(a);
  }
  const next =
    [...shown].sort(
      (a, b) => byDue(a, b) || Number(b.state !== "ASSIGNED") - Number(a.state !== "ASSIGNED"),
    )[0] ?? null;
  // The next step is shown on its own, above: the lists hold the rest.
  const rest = shown.filter((a) => a !== next);
  const inProgress = rest.filter((a) => a.state !== "ASSIGNED");
  const due = rest.filter((a) => a.state === "ASSIGNED");
  const done = active
    .filter((a) => !OPEN.has(a.state))
    .sort((a, b) => (b.submittedAt ?? b.dueAt).localeCompare(a.submittedAt ?? a.dueAt));
  const withdrawn = items
    .filter((a) => a.status === "WITHDRAWN")
    .sort((a, b) => (b.withdrawnAt ?? "").localeCompare(a.withdrawnAt ?? ""));
  return { next, due, inProgress, done, withdrawn, laterInSeries };
}

function DueLine({ item, now, timeZone }: { item: ClientAssignmentDto; now: Date; timeZone: string }) {
  const due = dueWords(new Date(item.dueAt), now, timeZone);
  return (
    <span className={due.overdue ? "text-warn" : undefined}>
      {due.text}
      {due.overdue ? <span className="text-muted"> · you can still do it</span> : null}
    </span>
  );
}

function Note({ item }: { item: ClientAssignmentDto }) {
  if (!item.note) return null;
  return (
    <p className="mt-2 line-clamp-3 border-l-4 border-accent/40 pl-3 text-base text-ink">
      <span className="sr-only">Note from {item.clinicianName}: </span>
      {item.note}
    </p>
  );
}

/** Where a card leads: straight to the new feedback when there is some (the page opens there). */
function hrefOf(item: ClientAssignmentDto, fresh: ReadonlySet<string>): string {
  return `/assignments/${item.id}${fresh.has(item.id) ? "#new-feedback" : ""}`;
}

function NewFeedbackBadge({ item, fresh }: { item: ClientAssignmentDto; fresh: ReadonlySet<string> }) {
  if (!fresh.has(item.id)) return null;
  return (
    <span
      className="ml-2 inline-block rounded-full bg-accent px-2 py-0.5 align-middle text-sm font-medium text-white"
      data-testid="new-feedback"
    >
      New feedback
    </span>
  );
}

function partnerWords(item: ClientAssignmentDto): string | null {
  if (!item.partner) return null;
  if (item.state === "SUBMITTED" || item.state === "REVIEWED") {
    return item.partner.submitted
      ? `${item.partner.firstName} has sent theirs too`
      : `${item.partner.firstName} hasn't sent theirs yet`;
  }
  return item.partner.submitted
    ? `${item.partner.firstName} has sent theirs`
    : `With ${item.partner.firstName}`;
}

function Card({
  item,
  now,
  timeZone,
  fresh,
  children,
}: {
  item: ClientAssignmentDto;
  now: Date;
  timeZone: string;
  fresh: ReadonlySet<string>;
  children?: React.ReactNode;
}) {
  const partner = partnerWords(item);
  return (
    <li className="relative rounded-xl border border-line bg-surface p-4 shadow-sm focus-within:outline focus-within:outline-3 focus-within:outline-accent">
      <h3 className="text-lg font-semibold leading-snug">
        <Link href={hrefOf(item, fresh)} className="after:absolute after:inset-0 focus:outline-none">
          {item.exercise.title}
          <NewFeedbackBadge item={item} fresh={fresh} />
        </Link>
      </h3>
      <p className="mt-1 text-base text-muted">
        {children ?? <DueLine item={item} now={now} timeZone={timeZone} />}
        {" · "}
        {minutesLabel(item.exercise.estimatedMinutes).replace("About", "about")}
        {partner ? ` · ${partner}` : ""}
      </p>
      <Note item={item} />
    </li>
  );
}

function doneWords(item: ClientAssignmentDto, now: Date, timeZone: string): string {
  if (item.state === "REVIEWED") return `Reviewed by ${item.clinicianName}`;
  if (item.hasUnsentChanges) return "Sent, with changes not sent yet";
  return item.submittedAt ? `Sent ${dayWords(new Date(item.submittedAt), now, timeZone)}` : "Sent";
}

/** Finished work, compact: what, when it was sent, and the partner's progress. */
function DoneList({
  items,
  now,
  timeZone,
  fresh,
}: {
  items: ClientAssignmentDto[];
  now: Date;
  timeZone: string;
  fresh: ReadonlySet<string>;
}) {
  return (
    <ul className="flex flex-col divide-y divide-line rounded-xl border border-line bg-surface">
      {items.map((item) => (
        <li key={item.id}>
          <Link
            href={hrefOf(item, fresh)}
            className="flex min-h-11 flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 px-4 py-3 hover:bg-canvas"
          >
            <span className="font-medium text-ink">
              {item.exercise.title}
              <NewFeedbackBadge item={item} fresh={fresh} />
            </span>
            <span className="text-base text-muted">
              {doneWords(item, now, timeZone)}
              {item.partner ? ` · ${partnerWords(item)}` : ""}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Group({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <ul className="flex flex-col gap-3">{children}</ul>
    </section>
  );
}

function NextStep({
  item,
  label,
  now,
  timeZone,
  fresh,
}: {
  item: ClientAssignmentDto;
  label: string;
  now: Date;
  timeZone: string;
  fresh: ReadonlySet<string>;
}) {
  const action =
    item.state === "REVISION_REQUESTED"
      ? "Take another look"
      : item.state === "IN_PROGRESS"
        ? "Continue"
        : "Start";
  const due = dueWords(new Date(item.dueAt), now, timeZone);
  return (
    <section
      aria-labelledby="next-heading"
      className="rounded-2xl border border-accent/30 bg-accent-soft p-5 sm:p-6"
      data-testid="next-step"
    >
      <h2 id="next-heading" className="text-sm font-medium uppercase tracking-wide text-muted">
        Your next step
      </h2>
      <p className="mt-2 text-2xl font-semibold leading-tight">
        {item.exercise.title}
        <NewFeedbackBadge item={item} fresh={fresh} />
      </p>
      <p className="mt-1 text-base">
        <span className={due.overdue ? "text-warn" : undefined}>{due.text}</span>
        {due.overdue ? <span className="text-muted">. There is still time to do it.</span> : null}
        <span className="text-muted">
          {" "}
          · {minutesLabel(item.exercise.estimatedMinutes).replace("About", "about")}
        </span>
      </p>
      {item.state === "REVISION_REQUESTED" ? (
        <p className="mt-1 text-base">
          {item.clinicianName} asked you to take another look at this {label}.
        </p>
      ) : null}
      <Note item={item} />
      <Link href={hrefOf(item, fresh)} className={buttonClasses("primary", "mt-4 w-full text-lg sm:w-auto")}>
        {action}
        <span className="sr-only">: {item.exercise.title}</span>
      </Link>
    </section>
  );
}

export function ClientAssignments({ items, label, clinicianName, timeZone, now, newFeedback }: Props) {
  const groups = groupForHome(items);
  const fresh = newFeedback ?? new Set<string>();
  const labels = plural(label);
  return (
    <div className="flex flex-col gap-8">
      {groups.next ? (
        <NextStep item={groups.next} label={label} now={now} timeZone={timeZone} fresh={fresh} />
      ) : (
        <section aria-labelledby="next-heading" className="flex flex-col gap-3">
          <h2 id="next-heading" className="text-lg font-semibold">
            Your next step
          </h2>
          <EmptyState title="Nothing is due right now">
            When {clinicianName} shares {withArticle(label)} with you, it will appear here.
          </EmptyState>
        </section>
      )}

      {groups.inProgress.length > 0 ? (
        <Group id="in-progress-heading" title="In progress">
          {groups.inProgress.map((item) => (
            <Card key={item.id} item={item} now={now} timeZone={timeZone} fresh={fresh} />
          ))}
        </Group>
      ) : null}

      {groups.due.length > 0 ? (
        <Group id="due-heading" title={`${capitalise(labels)} to do`}>
          {groups.due.map((item) => (
            <Card key={item.id} item={item} now={now} timeZone={timeZone} fresh={fresh} />
          ))}
        </Group>
      ) : null}
      {groups.laterInSeries > 0 ? (
        <p className="-mt-5 text-base text-muted">
          {groups.laterInSeries === 1
            ? "One more weekly check-in is"
            : `${groups.laterInSeries} more weekly check-ins are`}{" "}
          planned after these. Each appears here when it is next.
        </p>
      ) : null}

      {groups.done.length > 0 ? (
        <section aria-labelledby="done-heading" className="flex flex-col gap-3">
          <h2 id="done-heading" className="text-lg font-semibold">
            Done
          </h2>
          <DoneList items={groups.done.slice(0, 5)} now={now} timeZone={timeZone} fresh={fresh} />
          {groups.done.length > 5 ? (
            <details className="group">
              <summary className="inline-flex min-h-11 cursor-pointer items-center text-accent underline underline-offset-4">
                Show {groups.done.length - 5} earlier
              </summary>
              <div className="mt-3">
                <DoneList items={groups.done.slice(5)} now={now} timeZone={timeZone} fresh={fresh} />
              </div>
            </details>
          ) : null}
        </section>
      ) : null}

      {groups.withdrawn.length > 0 ? (
        <Group id="withdrawn-heading" title="Withdrawn">
          {groups.withdrawn.map((item) => (
            <Card key={item.id} item={item} now={now} timeZone={timeZone} fresh={fresh}>
              {`${item.clinicianName} withdrew this. Anything you wrote is kept`}
            </Card>
          ))}
        </Group>
      ) : null}
    </div>
  );
}
