// On the clinician's client and couple pages: an "Assign" entry point and what this person or
// couple has been given, newest due first, with a "Review" link on work waiting for review. The page
// loads the list (lib/assignments) and passes one target.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { capitalise, CLINICIAN_STATE_LABEL, dueWords, plural, withArticle } from "@/lib/assignments/labels";
import type { AssignmentListDto } from "@/lib/assignments/schemas";
import { waitingReviewHref } from "@/lib/review/links";

export function AssignmentsPanel({
  list,
  label,
  timeZone,
  clientId,
  coupleId,
}: {
  /** The 20 most recent for this client or couple. */
  list: AssignmentListDto;
  /** The practice's word for an assignment. */
  label: string;
  timeZone: string;
  clientId?: string;
  coupleId?: string;
}) {
  const now = new Date();
  const assignHref = `/assign?${coupleId ? `coupleId=${encodeURIComponent(coupleId)}` : `clientId=${encodeURIComponent(clientId ?? "")}`}`;
  return (
    <section
      aria-labelledby="assignments-heading"
      className="flex flex-col gap-3"
      data-testid="assignments-panel"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="assignments-heading" className="text-lg font-semibold">
          {capitalise(plural(label))}
        </h2>
        <Link href={assignHref} className={buttonClasses("primary")}>
          Assign {withArticle(label)}
        </Link>
      </div>
      {list.items.length === 0 ? (
        <EmptyState title={`No ${plural(label)} yet`}>
          Assign one when you are ready; it appears on their home page straight away.
        </EmptyState>
      ) : (
        <ul className="flex flex-col divide-y divide-line rounded-xl border border-line bg-surface">
          {list.items.map((a) => {
            if (a.view !== "clinician") return null;
            const due = dueWords(new Date(a.dueAt), now, timeZone);
            // Sent and not yet reviewed: one step to where it is read, commented on and marked reviewed.
            const review = waitingReviewHref(a);
            return (
              <li
                key={a.id}
                className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
              >
                <div className="min-w-0">
                  <Link
                    href={`/assign/${a.id}`}
                    className="font-medium text-accent underline-offset-4 hover:underline"
                  >
                    {a.exercise.title}
                  </Link>
                  <p className="text-sm text-muted">
                    {a.status === "WITHDRAWN" ? "Withdrawn" : due.text}
                    {a.seriesId ? " · weekly" : ""}
                    {a.couple && clientId ? ` · with ${a.couple.name}` : ""}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-x-4 gap-y-1 sm:justify-end">
                  <p className="text-sm">
                    {a.recipients
                      .map((r) => `${r.name.split(" ")[0]}: ${CLINICIAN_STATE_LABEL[r.state].toLowerCase()}`)
                      .join(" · ")}
                  </p>
                  {review ? (
                    <Link
                      href={review}
                      className={buttonClasses("secondary", "shrink-0 self-start sm:self-auto")}
                      aria-label={`Review ${a.exercise.title}`}
                    >
                      Review
                    </Link>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {list.nextCursor ? <p className="text-sm text-muted">Showing the 20 most recent.</p> : null}
    </section>
  );
}
