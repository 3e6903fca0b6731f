import type { Metadata } from "next";
import Link from "next/link";
import { Conversation } from "@/components/messages/conversation";
import { ThreadActions } from "@/components/messages/thread-actions";
import { PageHeader } from "@/components/ui/card";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { page } from "@/lib/http/page";
import { replyReference } from "@/lib/messages/pages";
import { listMessages } from "@/lib/messages/service";
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
  const initial = await listMessages(actor, id, { limit: 50 }, await pageRequestMeta());
  const reference = await replyReference(actor, initial.thread.id, search.assignment, search.comment);
  const clients = initial.thread.participants.filter((p) => p.role === "CLIENT").map((p) => p.name);
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
        role="CLINICIAN"
        reference={reference}
      />
    </div>
  );
}
