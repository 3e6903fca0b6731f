import type { Metadata } from "next";
import Link from "next/link";
import { Conversation } from "@/components/messages/conversation";
import { SupportNote } from "@/components/messages/support-note";
import { PageHeader } from "@/components/ui/card";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { myAgreement } from "@/lib/couples/my-agreement";
import { page } from "@/lib/http/page";
import { openConversation } from "@/lib/messages/pages";
import { threadClinician } from "@/lib/messages/participants";
import { threadPrivacyNote } from "@/lib/messages/privacy";
import type { Actor } from "@/lib/policy/actor";
import { localDraftKey } from "@/lib/responses/draft-key";

export const metadata: Metadata = { title: "Messages" };

export default page({ roles: ["CLIENT"] }, ClientThreadPage);

async function ClientThreadPage(
  actor: Actor,
  {
    params,
    searchParams,
  }: { params: Promise<{ id: string }>; searchParams: Promise<{ assignment?: string; comment?: string }> },
) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const [{ initial, reference, closed }, agreement] = await Promise.all([
    openConversation(actor, id, search, await pageRequestMeta()),
    myAgreement(actor),
  ]);
  const clinician = threadClinician(initial.thread);
  const privacy = threadPrivacyNote(initial.thread.kind, agreement, clinician?.name ?? null);
  const others = initial.thread.participants.filter((p) => p.userId !== actor.userId).map((p) => p.name);
  return (
    <div className="mx-auto flex max-w-3xl flex-col">
      <p className="mb-2">
        <Link
          href="/messages"
          className="inline-flex min-h-11 items-center text-accent underline underline-offset-4"
        >
          All conversations
        </Link>
      </p>
      <PageHeader title={initial.thread.title} lead={`Who reads this: ${others.join(", ")} and you.`} />
      {privacy ? (
        <p
          className="-mt-2 mb-4 rounded-lg border border-line bg-surface px-3 py-2 text-base"
          data-testid="thread-privacy"
        >
          {privacy}
        </p>
      ) : null}
      <Conversation
        threadId={initial.thread.id}
        userId={actor.userId}
        outboxKey={localDraftKey(actor)}
        initial={initial}
        timeZone={actor.timeZone}
        referenceBase="/assignments"
        reference={reference}
        closed={closed}
        aboveComposer={
          <SupportNote
            officeHours={initial.officeHours}
            clinicianName={clinician?.name ?? "Your therapist"}
          />
        }
      />
    </div>
  );
}
