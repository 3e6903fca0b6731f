import type { Metadata } from "next";
import { PrintButton } from "@/components/data-rights/print-button";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { plural } from "@/lib/assignments/labels";
import { getClientHome } from "@/lib/clients/home";
import { exportScope } from "@/lib/couples/privacy-words";
import { exportMyData } from "@/lib/data-rights/export";
import type { ClientExport, ExportAnswer } from "@/lib/data-rights/schemas";
import { stateName } from "@/lib/jurisdiction/states";
import { threadPrivacyNote } from "@/lib/messages/privacy";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";
import { dateTimeWords, dateWords } from "@/lib/time/words";

export const metadata: Metadata = { title: "Everything you wrote" };

const STATE_WORDS: Record<string, string> = {
  ASSIGNED: "Not started",
  IN_PROGRESS: "Started",
  SUBMITTED: "Sent",
  REVISION_REQUESTED: "Asked to look again",
  REVIEWED: "Read by your therapist",
};

const SOURCE_WORDS: Record<string, string> = {
  SELF_ATTESTED: "you told Mend",
  APPOINTMENT_ATTESTED: "confirmed at an appointment",
  SUBMISSION: "when you sent work",
};

// "March 5, 2031" and "March 5, 2031 at 5:00 PM": the style every page uses (lib/time/words).
function day(iso: string | null, timeZone: string): string {
  return iso ? dateWords(new Date(iso), timeZone) : "";
}

function dayTime(iso: string, timeZone: string): string {
  return dateTimeWords(new Date(iso), timeZone);
}

function Answers({ answers }: { answers: ExportAnswer[] }) {
  if (answers.length === 0) return <p className="text-muted">Nothing written yet.</p>;
  return (
    <dl className="flex flex-col gap-4">
      {answers.map((a) => (
        <div key={a.promptId} className="break-inside-avoid">
          <dt className="font-medium">{a.question}</dt>
          <dd className="mt-1 whitespace-pre-wrap">
            {a.text || <span className="text-muted">(left blank)</span>}
          </dd>
          {a.sharedWithPartner ? <dd className="text-sm text-muted">Shared with your partner</dd> : null}
        </div>
      ))}
    </dl>
  );
}

function Work({ item, timeZone }: { item: ClientExport["assignments"][number]; timeZone: string }) {
  const earlier = item.revisions.slice(0, -1).reverse();
  const latestSent = item.revisions[item.revisions.length - 1];
  return (
    <article className="rounded-xl border border-line bg-surface p-5 print:border-0 print:p-0 print:break-before-page">
      <h3 className="text-xl font-semibold">{item.title}</h3>
      <p className="text-muted">
        From {item.assignedBy}, {day(item.assignedAt, timeZone)} · due {day(item.dueAt, timeZone)} ·{" "}
        {STATE_WORDS[item.state] ?? item.state}
        {item.status === "WITHDRAWN" ? " · withdrawn" : ""}
        {item.perspective ? ` · your side: ${item.perspective}` : ""}
      </p>
      {item.note ? (
        <p className="mt-3 rounded-lg bg-canvas p-3">
          <span className="font-medium">Note from {item.assignedBy}: </span>
          {item.note}
        </p>
      ) : null}
      <section className="mt-4">
        <h4 className="mb-2 font-semibold">
          {latestSent
            ? `What you sent on ${dayTime(latestSent.submittedAt, timeZone)}`
            : "Your answers so far"}
        </h4>
        <Answers answers={latestSent ? latestSent.answers : item.answers} />
      </section>
      {latestSent && item.answersUpdatedAt && item.answersUpdatedAt > latestSent.submittedAt ? (
        <section className="mt-4">
          <h4 className="mb-2 font-semibold">Changes you saved after sending</h4>
          <Answers answers={item.answers} />
        </section>
      ) : null}
      {earlier.map((r) => (
        <section key={r.number} className="mt-4">
          <h4 className="mb-2 font-semibold">Earlier version, sent {dayTime(r.submittedAt, timeZone)}</h4>
          <Answers answers={r.answers} />
        </section>
      ))}
      {item.feedback.length ? (
        <section className="mt-4">
          <h4 className="mb-2 font-semibold">Feedback for you</h4>
          <ul className="flex flex-col gap-2">
            {item.feedback.map((f, i) => (
              <li key={i} className="break-inside-avoid">
                <p className="text-sm text-muted">
                  {f.from}, {dayTime(f.at, timeZone)}
                  {f.question ? ` · about "${f.question}"` : ""}
                </p>
                <p className="whitespace-pre-wrap">{f.text}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

/** Under a client's own conversation: what the couple's agreement means for it (lib/messages/privacy.ts). */
function ThreadNote({ note }: { note: string | null }) {
  return note ? (
    <p className="-mt-1 mb-2 text-sm text-muted" data-testid="thread-privacy">
      {note}
    </p>
  ) : null;
}

export default page({ roles: ["CLIENT"] }, ExportPage);

async function ExportPage(actor: Actor) {
  const [data, home] = await Promise.all([
    exportMyData(actor, await pageRequestMeta(), "page"),
    getClientHome(actor),
  ]);
  const tz = actor.timeZone;
  const p = data.profile;
  return (
    <div className="print:text-[12pt]">
      <p className="no-print mb-2">
        <a href="/account" className="text-accent underline-offset-4 hover:underline">
          Back to your account
        </a>
      </p>
      <PageHeader
        title="Everything you wrote"
        lead={`Your record in Mend, as of ${dayTime(data.exportedAt, tz)}. ${exportScope(home.agreement)}`}
      />
      <div className="no-print mb-8 flex flex-wrap gap-3">
        <PrintButton />
        <a href="/api/v1/me/export" download className={buttonClasses("secondary")} data-testid="export-json">
          Download as a file (JSON)
        </a>
      </div>

      <section aria-labelledby="about-heading" className="mb-8 break-inside-avoid">
        <h2 id="about-heading" className="mb-3 text-xl font-semibold">
          About you
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="text-muted">Name</dt>
          <dd>{p.name}</dd>
          <dt className="text-muted">Email</dt>
          <dd>{p.email}</dd>
          <dt className="text-muted">Practice</dt>
          <dd>{p.practice}</dd>
          <dt className="text-muted">Therapist</dt>
          <dd>{p.clinician}</dd>
          {p.couple ? (
            <>
              <dt className="text-muted">Working as a couple</dt>
              <dd>{p.couple}</dd>
            </>
          ) : null}
          <dt className="text-muted">Joined</dt>
          <dd>{day(p.joinedAt, tz)}</dd>
          <dt className="text-muted">Time zone</dt>
          <dd>{p.timeZone.replace(/_/g, " ")}</dd>
          <dt className="text-muted">Email reminders</dt>
          <dd>{p.emailReminders ? "On" : "Off"}</dd>
          <dt className="text-muted">Drafts visible to your therapist</dt>
          <dd>{p.shareDraftsWithClinician ? "Yes" : "No"}</dd>
        </dl>
      </section>

      <section aria-labelledby="where-heading" className="mb-8 break-inside-avoid">
        <h2 id="where-heading" className="mb-3 text-xl font-semibold">
          Where you said you were
        </h2>
        {data.locations.length === 0 ? (
          <p className="text-muted">Nothing recorded.</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {data.locations.map((l, i) => (
              <li key={i}>
                {stateName(l.state)}, {day(l.attestedAt, tz)} ({SOURCE_WORDS[l.source] ?? l.source})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="work-heading">
        <h2 id="work-heading" className="mb-3 text-xl font-semibold">
          Your {plural(home.assignmentLabel)} ({data.assignments.length})
        </h2>
        {data.assignments.length === 0 ? (
          <EmptyState title="Nothing yet">
            When your therapist gives you something to work on, it will be here.
          </EmptyState>
        ) : (
          <div className="flex flex-col gap-6">
            {data.assignments.map((item) => (
              <Work key={item.id} item={item} timeZone={tz} />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="messages-heading" className="mt-8">
        <h2 id="messages-heading" className="mb-3 text-xl font-semibold">
          Your messages
        </h2>
        {data.messageThreads.every((t) => t.messages.length === 0) ? (
          <p className="text-muted">No messages.</p>
        ) : (
          data.messageThreads
            .filter((t) => t.messages.length > 0)
            .map((t) => (
              <article key={t.title} className="mb-6">
                <h3 className="mb-2 font-semibold">{t.title}</h3>
                <ThreadNote note={threadPrivacyNote(t.kind, home.agreement, home.clinicianName)} />
                <ul className="flex flex-col gap-2">
                  {t.messages.map((m, i) => (
                    <li key={i} className="break-inside-avoid">
                      <p className="text-sm text-muted">
                        {m.from}, {dayTime(m.at, tz)}
                      </p>
                      <p className="whitespace-pre-wrap break-words">{m.text}</p>
                    </li>
                  ))}
                </ul>
              </article>
            ))
        )}
      </section>
    </div>
  );
}
