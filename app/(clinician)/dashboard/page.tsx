import type { Metadata } from "next";
import Link from "next/link";
import { LicenceWarningsBanner } from "@/components/licences/licence-warnings-banner";
import { AppointmentCard, AppointmentLine } from "@/components/dashboard/appointment-rows";
import { firstName } from "@/components/prep/format";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { listCaseload } from "@/lib/clients/queries";
import { prepHref, WAITING_SHOWN, waitingRows, withoutAppointments } from "@/lib/dashboard/schemas";
import { getDashboard } from "@/lib/dashboard/service";
import { licenceWarnings } from "@/lib/licences/service";
import { acknowledgeRiskAlertAction } from "@/app/(clinician)/dashboard/actions";
import { RiskAlertsBanner } from "@/components/risk/risk-alerts-banner";
import { listOpenRiskAlerts } from "@/lib/risk/service";
import { unreadMessageTotal } from "@/lib/messages/service";
import { formatDay, zoneName } from "@/lib/time/zones";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";
import { countedList } from "@/lib/text/count";

export const metadata: Metadata = { title: "Dashboard" };

/** "Dr. Riley Morgan" → "Dr. Morgan"; "Riley Morgan" → "Riley". */
function greetingName(name: string): string {
  const parts = name.trim().split(/\s+/);
  return /^dr\.?$/i.test(parts[0] ?? "") && parts.length > 1
    ? `Dr. ${parts[parts.length - 1]}`
    : (parts[0] ?? name);
}

/** "Alex and Sam sent it 6 days ago" / "Alex sent it yesterday · Sam sent it today". */
function sentWords(senders: { name: string; submittedAt: string }[], several: boolean, now: Date): string {
  const byWhen = new Map<string, string[]>();
  for (const s of senders) {
    const when = ago(s.submittedAt, now);
    byWhen.set(when, [...(byWhen.get(when) ?? []), firstName(s.name)]);
  }
  return [...byWhen.entries()]
    .map(([when, names]) => `${names.join(" and ")} sent ${several ? "the first" : "it"} ${when}`)
    .join(" · ");
}

function ago(iso: string, now: Date): string {
  const days = Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  return `${days} days ago`;
}

export default page({ roles: ["CLINICIAN"] }, DashboardPage);

async function DashboardPage(
  actor: Actor,
  { searchParams }: { searchParams: Promise<{ waiting?: string | string[] }> },
) {
  const showAllWaiting = (await searchParams).waiting === "all";
  const now = new Date();
  const meta = await pageRequestMeta();
  const [dashboard, caseload, warnings, alerts, unreadMessages] = await Promise.all([
    getDashboard(actor, meta, now),
    listCaseload(actor),
    licenceWarnings(actor),
    listOpenRiskAlerts(actor, {}, meta),
    unreadMessageTotal(actor),
  ]);
  const tz = actor.timeZone;
  const byDay = new Map<string, typeof dashboard.appointments>();
  for (const s of dashboard.appointments) {
    const day = formatDay(new Date(s.startsAt), tz);
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  const waiting = waitingRows(dashboard.awaitingReview, showAllWaiting);
  // Whoever has an appointment this week is above already, with their Prepare button.
  const others = withoutAppointments(caseload, dashboard.appointments);
  const today = formatDay(now, tz);
  const tomorrow = formatDay(new Date(now.getTime() + 86_400_000), tz);

  return (
    <>
      <RiskAlertsBanner alerts={alerts} timeZone={actor.timeZone} acknowledge={acknowledgeRiskAlertAction} />
      <LicenceWarningsBanner warnings={warnings} />
      <PageHeader
        title={`Good to see you, ${greetingName(actor.name)}`}
        lead="Who is next and what came in."
        actions={
          <Link href="/assign" className={buttonClasses("secondary")}>
            Assign an exercise
          </Link>
        }
      />
      <div className="flex flex-col gap-10">
        {unreadMessages > 0 ? (
          <Link
            href="/inbox"
            data-testid="dashboard-unread-messages"
            className="rounded-xl border border-line bg-accent-soft px-5 py-4 font-medium hover:bg-canvas"
          >
            {unreadMessages === 1 ? "1 unread message" : `${unreadMessages} unread messages`} in your inbox
          </Link>
        ) : null}
        <section aria-labelledby="next-heading" data-testid="upcoming-appointments">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4">
            <h2 id="next-heading" className="text-xl font-semibold">
              The next 7 days
            </h2>
            <p className="text-sm text-muted">Times in {zoneName(tz)}</p>
          </div>
          {byDay.size === 0 ? (
            <EmptyState title="No appointments in the next 7 days">
              <Link href="/schedule" className="text-accent underline-offset-4 hover:underline">
                Schedule an appointment
              </Link>{" "}
              to see here what came in before it.
            </EmptyState>
          ) : (
            <div className="flex flex-col gap-6">
              {[...byDay.entries()].map(([day, appointments]) => (
                <div key={day}>
                  <h3 className="mb-2 font-medium text-muted">
                    {day === today ? `Today · ${day}` : day === tomorrow ? `Tomorrow · ${day}` : day}
                  </h3>
                  {day === today || day === tomorrow ? (
                    <ul className="flex flex-col gap-2">
                      {appointments.map((s) => (
                        <AppointmentCard key={s.id} appointment={s} timeZone={tz} />
                      ))}
                    </ul>
                  ) : (
                    <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
                      {appointments.map((s) => (
                        <AppointmentLine key={s.id} appointment={s} timeZone={tz} />
                      ))}
                    </ul>
                  )}
                </div>
              ))}
            </div>
          )}
        </section>

        <section aria-labelledby="review-heading" data-testid="awaiting-review">
          <div className="mb-3">
            <h2 id="review-heading" className="text-xl font-semibold">
              Waiting for your review
            </h2>
            <p className="text-sm text-muted">
              {dashboard.awaitingReview.length > WAITING_SHOWN
                ? `${dashboard.awaitingReview.length} waiting, oldest first.`
                : "Oldest first."}
            </p>
          </div>
          {dashboard.awaitingReview.length === 0 ? (
            <p className="text-muted">Nothing is waiting for review.</p>
          ) : (
            <ul className="flex flex-col divide-y divide-line rounded-xl border border-line bg-surface">
              {waiting.shown.map((r) => (
                <li
                  key={r.key}
                  className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between"
                  data-testid="review-row"
                >
                  <div className="min-w-0">
                    <p className="font-medium">
                      {r.with.name} · {r.title}
                      {r.assignmentIds.length > 1 ? (
                        <span className="font-normal text-muted"> · {r.assignmentIds.length} to read</span>
                      ) : null}
                    </p>
                    <p className="text-sm text-muted">
                      {sentWords(r.senders, r.assignmentIds.length > 1, now)}
                    </p>
                  </div>
                  <Link
                    href={r.href}
                    className={buttonClasses("secondary", "shrink-0 self-start sm:self-auto")}
                    aria-label={`Review ${r.title} from ${r.with.name}`}
                  >
                    Review
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {waiting.hidden > 0 ? (
            <p className="mt-3">
              <Link
                href="/dashboard?waiting=all#review-heading"
                className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
                data-testid="show-all-waiting"
              >
                Show all {dashboard.awaitingReview.length} waiting
              </Link>
            </p>
          ) : null}
        </section>

        <section aria-labelledby="caseload-heading" data-testid="everyone-else">
          <div className="mb-3">
            <h2 id="caseload-heading" className="text-xl font-semibold">
              Everyone else
            </h2>
            <p className="text-sm text-muted">No appointment in the next 7 days.</p>
          </div>
          {caseload.length === 0 ? (
            <EmptyState title="No clients yet">
              <Link href="/clients/invite" className="text-accent underline-offset-4 hover:underline">
                Invite a client or a couple
              </Link>{" "}
              to get started.
            </EmptyState>
          ) : others.length === 0 ? (
            <p className="text-muted">Everyone on your caseload has an appointment in the next 7 days.</p>
          ) : (
            <ul className="grid gap-x-6 sm:grid-cols-2">
              {others.map((who) => (
                <li
                  key={`${who.kind}:${who.id}`}
                  className="flex min-h-11 items-center justify-between gap-3 border-b border-line py-2"
                >
                  <span>
                    {who.name}
                    <span className="text-sm text-muted">
                      {" "}
                      · {who.kind === "couple" ? "couple" : "individual"}
                    </span>
                  </span>
                  <Link
                    href={prepHref(who)}
                    className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
                    aria-label={`Prep view for ${who.name}`}
                  >
                    Prep view
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {caseload.length > 0 ? (
            <p className="mt-3">
              <Link
                href="/clients"
                className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
              >
                See everyone:{" "}
                {countedList([
                  [caseload.filter((c) => c.kind === "individual").length, "client"],
                  [caseload.filter((c) => c.kind === "couple").length, "couple"],
                ])}
              </Link>
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}
