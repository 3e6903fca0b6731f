import type { Metadata } from "next";
import Link from "next/link";
import { ManageAssignment } from "@/components/assignments/manage-assignment";
import { RecipientAnswers } from "@/components/assignments/recipient-answers";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { capitalise, CLINICIAN_STATE_LABEL, dateTimeWords, dueWords, plural } from "@/lib/assignments/labels";
import { getClinicianAssignment, listAssignments, practiceAssignmentLabel } from "@/lib/assignments/service";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { getExerciseVersionForRender } from "@/lib/exercises/queries";
import { treatmentStanding } from "@/lib/jurisdiction/service";
import { getClinicianResponses } from "@/lib/responses/service";
import { waitingReviewHref } from "@/lib/review/links";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Assignment" };

export default page({ roles: ["CLINICIAN"] }, AssignmentPage);

async function AssignmentPage(
  actor: Actor,
  {
    params,
    searchParams,
  }: {
    params: Promise<{ id: string }>;
    searchParams: Promise<Record<string, string | string[] | undefined>>;
  },
) {
  const { id } = await params;
  const query = await searchParams;
  const assignment = await getClinicianAssignment(actor, id);
  const meta = await pageRequestMeta();
  const [responses, version, label, series, standing] = await Promise.all([
    // Opening this page reads the answers: recorded in the audit trail.
    getClinicianResponses(actor, id, meta),
    getExerciseVersionForRender(actor, assignment.exercise.versionId),
    practiceAssignmentLabel(actor),
    assignment.seriesId
      ? listAssignments(actor, { seriesId: assignment.seriesId, sort: "dueAt", limit: 100 }, meta)
      : Promise.resolve(null),
    // Changing it needs a licence where they are now: say why up front rather than refuse the click.
    assignment.status === "ACTIVE" && assignment.recipients.length > 0
      ? treatmentStanding(actor, { clientIds: assignment.recipients.map((r) => r.clientId) }, "change")
      : Promise.resolve(null),
  ]);
  const now = new Date();
  const due = dueWords(new Date(assignment.dueAt), now, actor.timeZone);
  const created = typeof query.created === "string" ? Number(query.created) : 0;
  const forWhom =
    assignment.couple ??
    (assignment.recipients[0]
      ? { id: assignment.recipients[0].clientId, name: assignment.recipients[0].name }
      : null);
  const backHref = assignment.couple
    ? `/clients/couples/${assignment.couple.id}`
    : forWhom
      ? `/clients/${forWhom.id}`
      : "/clients";
  // The review actions live on the work's card in the prep view: one step there while any is waiting.
  const review = waitingReviewHref(assignment);
  const laterWeeks = (series?.items ?? []).filter(
    (a) => a.status === "ACTIVE" && a.id !== assignment.id && a.dueAt > assignment.dueAt,
  ).length;

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <nav aria-label="Back">
        <Link
          href={backHref}
          className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
        >
          <span aria-hidden="true">←&nbsp;</span>
          {forWhom?.name ?? "Clients"}
        </Link>
      </nav>
      {created > 0 ? (
        <Notice
          tone="success"
          role="status"
          title={created > 1 ? `Assigned: ${created} ${plural(label)} in a series` : "Assigned"}
        >
          {assignment.recipients.map((r) => r.name.split(" ")[0]).join(" and ")} will see it on their home
          page.
        </Notice>
      ) : null}
      <PageHeader
        title={assignment.exercise.title}
        lead={
          <>
            {capitalise(label)} for {forWhom?.name ?? "a client"} · version {assignment.exercise.version} ·{" "}
            {assignment.status === "WITHDRAWN"
              ? `withdrawn ${assignment.withdrawnAt ? dateTimeWords(new Date(assignment.withdrawnAt), actor.timeZone) : ""}`
              : due.text}
          </>
        }
        actions={
          <>
            {review ? (
              <Link href={review} className={buttonClasses("primary")}>
                Review, comment and mark reviewed
              </Link>
            ) : null}
            {forWhom ? (
              <Link
                href={`/assign?${assignment.couple ? `coupleId=${assignment.couple.id}` : `clientId=${forWhom.id}`}`}
                className={buttonClasses("secondary")}
              >
                Assign something else
              </Link>
            ) : null}
          </>
        }
      />

      {assignment.status === "WITHDRAWN" ? (
        <Notice tone="info" title="Withdrawn">
          Anything written before it was withdrawn is kept below.
        </Notice>
      ) : null}

      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading" className="mb-3 text-lg font-semibold">
          Progress
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {assignment.recipients.map((r) => (
            <li
              key={r.clientId}
              className="rounded-xl border border-line bg-surface p-4"
              data-testid="recipient-progress"
            >
              <p className="font-medium">{r.name}</p>
              {r.perspective ? (
                <p className="text-muted">Answers as {r.perspective.label.replace(/^The /, "the ")}</p>
              ) : null}
              <p className="mt-1">
                {CLINICIAN_STATE_LABEL[r.state]}
                {r.submittedAt ? (
                  <span className="text-muted">
                    {" "}
                    · {dateTimeWords(new Date(r.submittedAt), actor.timeZone)}
                  </span>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      </section>

      {assignment.note && assignment.status === "WITHDRAWN" ? (
        <section aria-labelledby="note-heading">
          <h2 id="note-heading" className="mb-2 text-lg font-semibold">
            Your note
          </h2>
          <p className="whitespace-pre-line rounded-xl border border-line bg-surface p-4">
            {assignment.note}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="answers-heading" className="flex flex-col gap-3">
        <h2 id="answers-heading" className="text-lg font-semibold">
          What they sent
        </h2>
        {responses.recipients.map((r) => (
          <RecipientAnswers
            key={r.clientId}
            recipient={r}
            definition={version.definition}
            isCouple={assignment.couple !== null}
            sharingPaused={responses.sharingPaused}
            timeZone={actor.timeZone}
          />
        ))}
      </section>

      {series ? (
        <section aria-labelledby="series-heading">
          <h2 id="series-heading" className="mb-3 text-lg font-semibold">
            The series
          </h2>
          <ol className="flex flex-col divide-y divide-line rounded-xl border border-line bg-surface">
            {series.items.map((week) => (
              <li key={week.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                {week.id === assignment.id ? (
                  <span className="font-medium">
                    {dateTimeWords(new Date(week.dueAt), actor.timeZone)} (this one)
                  </span>
                ) : (
                  <Link
                    href={`/assign/${week.id}`}
                    className="text-accent underline-offset-4 hover:underline"
                  >
                    {dateTimeWords(new Date(week.dueAt), actor.timeZone)}
                  </Link>
                )}
                <span className="text-muted">
                  {week.status === "WITHDRAWN"
                    ? "Withdrawn"
                    : week.view === "clinician"
                      ? week.recipients.map((r) => CLINICIAN_STATE_LABEL[r.state]).join(", ")
                      : ""}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <ManageAssignment
        assignment={assignment}
        timeZone={actor.timeZone}
        label={label}
        laterWeeks={laterWeeks}
        changeBlocked={standing?.reasons ?? []}
      />
    </div>
  );
}
