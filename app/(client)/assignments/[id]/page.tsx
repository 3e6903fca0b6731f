import type { Metadata } from "next";
import { Suspense } from "react";
import { PartnerShared } from "@/components/responses/partner-shared";
import { CompletionForm } from "@/components/responses/completion-form";
import { ReadOnlyAnswers } from "@/components/responses/read-only-answers";
import { FeedbackItem, feedbackReplyHref } from "@/components/review/feedback-item";
import { FeedbackList } from "@/components/review/feedback-list";
import { SharingPaused } from "@/components/safety/sharing-paused";
import { promptsFor } from "@/lib/exercises/answers";
import { placeFeedback } from "@/lib/review/placement";
import { Notice } from "@/components/ui/notice";
import { capitalise, dateTimeWords, dueWords } from "@/lib/assignments/labels";
import { agreementLine, beforeSendNote, completionSummary } from "@/lib/couples/privacy-words";
import { localDraftKey } from "@/lib/responses/draft-key";
import { getCompletionView } from "@/lib/responses/completion-view";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

// Neutral: the practice chooses its own word (Practice.assignmentLabel), which the page itself uses.
export const metadata: Metadata = { title: "Your work" };

export default page({ roles: ["CLIENT"] }, CompletionPage);

/** While sharing is paused the form starts with every answer private (the server refuses shared ones). */
function unshared(answers: Record<string, { value: unknown; shared: boolean }>) {
  return Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, { ...a, shared: false }]));
}

async function CompletionPage(actor: Actor, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const {
    assignment,
    response,
    version,
    assignmentLabel: label,
    agreement,
    location,
    feedback,
  } = await getCompletionView(actor, id, await pageRequestMeta());
  const now = new Date();
  const due = dueWords(new Date(assignment.dueAt), now, actor.timeZone);
  const partnerName = response.partner?.firstName ?? null;
  // Once both have sent theirs, "after you have both sent yours" is out of date: say what is true now.
  const bothSent = response.submittedAt !== null && response.partner?.submitted === true;
  // Feedback on an answer sits under it; the page opens at the first new one.
  const promptIds = promptsFor(version.definition, assignment.perspective?.id ?? null).map((p) => p.id);
  const placed = placeFeedback(feedback, promptIds);
  const discharged = response.locked === "discharged";
  const answerFeedback = Object.fromEntries(
    [...placed.byPrompt].map(([promptId, items]) => [
      promptId,
      items.map((f) => (
        <FeedbackItem
          key={f.id}
          feedback={f}
          timeZone={actor.timeZone}
          clinicianName={assignment.clinicianName}
          anchor={f.id === placed.anchorId}
          underAnswer
          {...(discharged
            ? {}
            : {
                replyHref: feedbackReplyHref(
                  { assignmentId: assignment.id, couple: response.sharingAvailable },
                  f,
                ),
              })}
        />
      )),
    ]),
  );

  const answers = response.sharingPaused ? unshared(response.answers) : response.answers;
  const sharing = {
    available: response.sharingAvailable,
    partnerFirstName: partnerName,
    bothSent,
    agreement,
  };
  // Work that can no longer change is read as text, rendered here: no inputs, and no script for them.
  const readOnlyAnswers = response.locked ? (
    <ReadOnlyAnswers
      definition={version.definition}
      perspectiveId={assignment.perspective?.id ?? null}
      answers={answers}
      sharing={sharing}
      answerFeedback={answerFeedback}
    />
  ) : undefined;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      {/* Plain links on purpose, as in the client shell: this page ships no next/link (its JS budget). */}
      <nav aria-label="Back">
        <a
          href="/home"
          className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
        >
          <span aria-hidden="true">←&nbsp;</span>Home
        </a>
      </nav>

      {agreement ? (
        <p
          className="rounded-lg border border-line bg-surface px-3 py-2 text-base"
          data-testid="agreement-line"
        >
          {agreementLine(agreement, assignment.clinicianName)}
        </p>
      ) : null}

      <p className="text-base text-muted" data-testid="assignment-due">
        {capitalise(label)} from {assignment.clinicianName}
        {assignment.status === "ACTIVE" &&
        response.state !== "SUBMITTED" &&
        response.state !== "REVIEWED" &&
        !discharged ? (
          <>
            {" · "}
            {due.text}
            {due.overdue ? ". You can still do it." : ""}
          </>
        ) : null}
      </p>

      {response.locked === "withdrawn" ? (
        <Notice tone="info" title={`${assignment.clinicianName} withdrew this ${label}`}>
          <p>
            There is nothing more to do here
            {assignment.withdrawnAt
              ? ` (withdrawn ${dateTimeWords(new Date(assignment.withdrawnAt), actor.timeZone)})`
              : ""}
            . Anything you wrote is kept, and you can still read it below.
          </p>
        </Notice>
      ) : null}
      {response.locked === "reviewed" ? (
        <Notice tone="success" title={`${assignment.clinicianName} has reviewed this`}>
          <p>It can no longer be changed. What you sent is kept below.</p>
        </Notice>
      ) : null}
      {response.locked === "discharged" ? (
        <Notice tone="info" title={`Your work with ${assignment.clinicianName} has ended`}>
          <p>
            There is nothing more to do here, and nothing new can be sent. Anything you wrote is kept: you can
            still read it below, and{" "}
            <a href="/account/export" className="text-accent underline underline-offset-4">
              download a copy
            </a>{" "}
            for a while.
          </p>
        </Notice>
      ) : null}
      {response.state === "REVISION_REQUESTED" && !response.locked ? (
        <Notice tone="info" title={`${assignment.clinicianName} asked you to take another look`}>
          <p>Change what you like below, then send it again.</p>
        </Notice>
      ) : null}

      {assignment.note ? (
        <figure className="rounded-xl border border-line bg-accent-soft px-4 py-3">
          <figcaption className="text-sm font-medium text-muted">
            A note from {assignment.clinicianName}
          </figcaption>
          <blockquote className="mt-0.5 whitespace-pre-line text-base leading-relaxed">
            {assignment.note}
          </blockquote>
        </figure>
      ) : null}

      <p className="-mt-2 text-base text-muted" data-testid="privacy-summary">
        {completionSummary({
          agreement,
          clinicianName: assignment.clinicianName,
          sharing: response.sharingAvailable,
          partnerName,
          bothSent,
          sent: response.submittedAt !== null,
        })}{" "}
        <a href="/account/privacy" className="text-accent underline underline-offset-4">
          More about privacy
        </a>
      </p>

      {response.sharingPaused ? <SharingPaused /> : null}

      {/* A Suspense boundary lets React hydrate the form in slices (at idle priority, yielding to the
          browser) instead of one long task; the server-rendered form is visible and usable meanwhile. */}
      <Suspense>
        <CompletionForm
          key={assignment.id}
          assignmentId={assignment.id}
          userId={actor.userId}
          draftKey={localDraftKey(actor)}
          definition={version.definition}
          perspectiveId={assignment.perspective?.id ?? null}
          initial={{
            version: response.version,
            answers: answers as never,
            state: response.state,
            submittedAt: response.submittedAt,
            hasUnsentChanges: response.hasUnsentChanges,
            locked: response.locked,
          }}
          sharing={sharing}
          beforeSend={beforeSendNote({
            clinicianName: assignment.clinicianName,
            sharing: response.sharingAvailable,
            partnerName,
            partnerSent: response.partner?.submitted === true,
          })}
          clinicianName={assignment.clinicianName}
          assignmentLabel={label}
          // Locked work shows its feedback in readOnlyAnswers: not sent to the browser twice.
          answerFeedback={readOnlyAnswers ? undefined : answerFeedback}
          openAtFeedback={placed.anchorId !== null}
          readOnlyAnswers={readOnlyAnswers}
          location={{
            state: location.needsConfirmation ? null : location.state,
            stateName: location.stateName,
          }}
        />
      </Suspense>

      {response.partner && !response.sharingPaused ? (
        <PartnerShared
          definition={version.definition}
          partner={response.partner}
          iSubmitted={response.submittedAt !== null}
        />
      ) : null}

      {response.revisions.length > 0 ? (
        <section aria-labelledby="sent-heading" className="text-base text-muted">
          <h2 id="sent-heading" className="font-medium text-ink">
            What you sent
          </h2>
          <ul className="mt-1">
            {response.revisions.map((r) => (
              <li key={r.number}>
                {r.number === 1 ? "First sent" : `Sent again (version ${r.number})`} on{" "}
                {dateTimeWords(new Date(r.submittedAt), actor.timeZone)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <FeedbackList
        feedback={placed.rest}
        timeZone={actor.timeZone}
        clinicianName={assignment.clinicianName}
        anchorId={placed.anchorId}
        // After discharge the conversations are closed (lib/messages/closed.ts): no links into them.
        {...(discharged ? {} : { reply: { assignmentId: assignment.id, couple: response.sharingAvailable } })}
      />
      {discharged ? null : (
        <p>
          <a
            href={`/messages?open=own&assignment=${encodeURIComponent(assignment.id)}`}
            className="inline-flex min-h-11 items-center text-accent underline underline-offset-4"
          >
            Message {assignment.clinicianName} about this
          </a>
        </p>
      )}
    </div>
  );
}
