import type { Metadata } from "next";
import { PartnerShared } from "@/components/responses/partner-shared";
import { CompletionForm } from "@/components/responses/completion-form";
import { FeedbackList } from "@/components/review/feedback-list";
import { Notice } from "@/components/ui/notice";
import { capitalise, dateTimeWords, dueWords } from "@/lib/assignments/labels";
import { localDraftKey } from "@/lib/responses/draft-key";
import { getCompletionView } from "@/lib/responses/completion-view";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

// Neutral: the practice chooses its own word (Practice.assignmentLabel), which the page itself uses.
export const metadata: Metadata = { title: "Your work" };

export default page({ roles: ["CLIENT"] }, CompletionPage);

async function CompletionPage(actor: Actor, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const {
    assignment,
    response,
    version,
    assignmentLabel: label,
    location,
    feedback,
  } = await getCompletionView(actor, id, await pageRequestMeta());
  const now = new Date();
  const due = dueWords(new Date(assignment.dueAt), now, actor.timeZone);
  const partnerName = response.partner?.firstName ?? null;
  // Once both have sent theirs, "after you have both sent yours" is out of date: say what is true now.
  const bothSent = response.submittedAt !== null && response.partner?.submitted === true;

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

      <p className="text-base text-muted" data-testid="assignment-due">
        {capitalise(label)} from {assignment.clinicianName}
        {assignment.status === "ACTIVE" && response.state !== "SUBMITTED" && response.state !== "REVIEWED" ? (
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
        {response.sharingAvailable
          ? `Your answers go only to ${assignment.clinicianName} unless you choose “Share with my partner” on one. ${bothSent ? `You have both sent yours, so ${partnerName} can see the answers you shared` : `${partnerName} sees shared answers only after you have both sent yours`}, and never sees your drafts.`
          : `Only ${assignment.clinicianName} sees your answers, once you send them${assignment.couple ? ". This one is just for you: nothing here is shared with your partner" : ""}.`}{" "}
        <a href="/account/privacy" className="text-accent underline underline-offset-4">
          More about privacy
        </a>
      </p>

      <CompletionForm
        key={assignment.id}
        assignmentId={assignment.id}
        userId={actor.userId}
        draftKey={localDraftKey(actor)}
        definition={version.definition}
        perspectiveId={assignment.perspective?.id ?? null}
        initial={{
          version: response.version,
          answers: response.answers as never,
          state: response.state,
          submittedAt: response.submittedAt,
          hasUnsentChanges: response.hasUnsentChanges,
          locked: response.locked,
        }}
        sharing={{ available: response.sharingAvailable, partnerFirstName: partnerName, bothSent }}
        clinicianName={assignment.clinicianName}
        assignmentLabel={label}
        location={{
          state: location.needsConfirmation ? null : location.state,
          stateName: location.stateName,
        }}
      />

      {response.partner ? (
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
      <FeedbackList feedback={feedback} timeZone={actor.timeZone} clinicianName={assignment.clinicianName} />
    </div>
  );
}
