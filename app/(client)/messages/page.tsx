import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ThreadList } from "@/components/messages/thread-list";
import { PageHeader } from "@/components/ui/card";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { myAgreement } from "@/lib/couples/my-agreement";
import { page } from "@/lib/http/page";
import { ensureMyThreads } from "@/lib/messages/pages";
import { threadClinician } from "@/lib/messages/participants";
import { threadPrivacyNote } from "@/lib/messages/privacy";
import { listThreads, openThread } from "@/lib/messages/service";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Messages" };

export default page({ roles: ["CLIENT"] }, MessagesPage);

type Search = { open?: string; assignment?: string; comment?: string };

async function MessagesPage(actor: Actor, { searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  // "Reply" on an assignment or feedback: straight to the right thread, carrying what it is about.
  if (search.open === "own" || search.open === "joint") {
    const thread = await openThread(actor, { kind: search.open }, await pageRequestMeta());
    const about = new URLSearchParams();
    if (typeof search.assignment === "string") about.set("assignment", search.assignment);
    if (typeof search.comment === "string") about.set("comment", search.comment);
    redirect(`/messages/${thread.id}${about.size ? `?${about}` : ""}`);
  }
  await ensureMyThreads(actor);
  const [{ threads }, agreement] = await Promise.all([
    listThreads(actor, {}, await pageRequestMeta()),
    myAgreement(actor),
  ]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <PageHeader title="Messages" lead="Write to your therapist between appointments." />
      <ThreadList
        threads={threads}
        hrefOf={(t) => `/messages/${t.id}`}
        timeZone={actor.timeZone}
        noteOf={(t) => threadPrivacyNote(t.kind, agreement, threadClinician(t)?.name ?? null)}
      />
      <p className="text-sm text-muted">
        Messages are not monitored in real time. In a crisis call or text 988, or 911.
      </p>
    </div>
  );
}
