import type { Metadata } from "next";
import Link from "next/link";
import { Conversation } from "@/components/messages/conversation";
import { ThreadActions } from "@/components/messages/thread-actions";
import { PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { treatmentStanding } from "@/lib/jurisdiction/service";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { page } from "@/lib/http/page";
import { openConversation } from "@/lib/messages/pages";
import { threadClients } from "@/lib/messages/participants";
import type { Actor } from "@/lib/policy/actor";
import { localDraftKey } from "@/lib/responses/draft-key";

export const metadata: Metadata = { title: "Conversation" };

export default page({ roles: ["CLINICIAN"] }, ClinicianThreadPage);

async function ClinicianThreadPage(
  actor: Actor,
  {
    params,
    searchParams,
  }: { params: Promise<{ id: string }>; searchParams: Promise<{ assignment?: string; comment?: string }> },
) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const { initial, reference, closed } = await openConversation(actor, id, search, await pageRequestMeta());
  const clientPeople = threadClients(initial.thread);
  const clients = clientPeople.map((p) => p.name);
  // Writing is treatment (jurisdiction.md §2): say before typing when a licence does not cover
  // where the clients are now (the check is recorded, like the prep page's).
  const standing =
    clientPeople.length > 0
      ? await treatmentStanding(actor, { clientIds: clientPeople.map((p) => p.userId) }, "message")
      : { allowed: false, reasons: [] };
  const who =
    initial.thread.kind === "PRIVATE"
      ? `Only ${clients.join(", ")} and you read this; their partner does not.`
      : `${clients.join(" and ")} and you read this.`;
  return (
    <div className="mx-auto flex max-w-3xl flex-col">
      <p className="mb-2">
        <Link
          href="/inbox"
          className="inline-flex min-h-11 items-center text-accent underline underline-offset-4"
        >
          Inbox
        </Link>
      </p>
      <PageHeader
        title={initial.thread.title}
        lead={who}
        actions={<ThreadActions threadId={initial.thread.id} archived={initial.thread.archived} />}
      />
      <Conversation
        threadId={initial.thread.id}
        userId={actor.userId}
        outboxKey={localDraftKey(actor)}
        initial={initial}
        timeZone={actor.timeZone}
        referenceBase="/assign"
        reference={reference}
        closed={closed}
        aboveComposer={
          standing.allowed ? null : (
            <Notice tone="warn" title="You can't write here now">
              {standing.reasons.join(" ") || "Nobody in this conversation has an open account."}
            </Notice>
          )
        }
      />
    </div>
  );
}
