import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ThreadList } from "@/components/messages/thread-list";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { page } from "@/lib/http/page";
import { listThreads, openThread } from "@/lib/messages/service";
import type { ThreadDto } from "@/lib/messages/schemas";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Inbox" };

export default page({ roles: ["CLINICIAN"] }, InboxPage);

type Search = { client?: string; couple?: string; archived?: string; open?: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const one = (v: unknown) => (typeof v === "string" && ID.test(v) ? v : undefined);

/** Filter choices from the threads themselves: each client or couple once, by name. */
function filters(threads: ThreadDto[]) {
  const out = new Map<string, { href: string; label: string }>();
  for (const t of threads) {
    if (t.coupleId)
      out.set(`couple:${t.coupleId}`, {
        href: `/inbox?couple=${t.coupleId}`,
        label: t.title.replace(/ \(together\)$/, ""),
      });
    else if (t.clientId)
      out.set(`client:${t.clientId}`, {
        href: `/inbox?client=${t.clientId}`,
        label: t.title.replace(/ \(private\)$/, ""),
      });
  }
  return [...out.values()].sort((a, b) => a.label.localeCompare(b.label));
}

async function InboxPage(actor: Actor, { searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const meta = await pageRequestMeta();
  // "Message" on a client's or couple's page: find or start that thread.
  if (search.open) {
    const [kind, id] = search.open.split(":");
    const target = kind === "couple" ? { coupleId: one(id) } : { clientId: one(id) };
    if (!target.clientId && !target.coupleId) redirect("/inbox");
    const thread = await openThread(actor, target as { clientId: string } | { coupleId: string }, meta);
    redirect(`/inbox/${thread.id}`);
  }
  const archived = search.archived === "true";
  const clientId = one(search.client);
  const coupleId = one(search.couple);
  const { threads, unreadTotal } = await listThreads(
    actor,
    {
      ...(clientId ? { clientId } : {}),
      ...(coupleId ? { coupleId } : {}),
      archived: archived ? "true" : "false",
    },
    meta,
  );
  const filtered = Boolean(clientId || coupleId);
  // Under a filter, the count is of the conversations shown; the navigation keeps the total.
  const unread = filtered ? threads.reduce((sum, t) => sum + t.unread, 0) : unreadTotal;
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-4">
      <PageHeader
        title={archived ? "Archived conversations" : "Inbox"}
        lead={
          archived
            ? "A new message brings a conversation back to the inbox."
            : `${unread} unread${filtered ? ` here, ${unreadTotal} in all` : ""}`
        }
        actions={
          <>
            <Link
              href={archived ? "/inbox" : "/inbox?archived=true"}
              className="inline-flex min-h-11 items-center text-accent underline underline-offset-4"
            >
              {archived ? "Back to the inbox" : "Archived"}
            </Link>
            <Link
              href="/settings/messages"
              className="inline-flex min-h-11 items-center text-accent underline underline-offset-4"
            >
              Office-hours note
            </Link>
          </>
        }
      />
      {!filtered && threads.length > 1 ? (
        <nav aria-label="Filter by client or couple" className="flex flex-wrap gap-2 text-sm">
          {filters(threads).map((f) => (
            <Link
              key={f.href}
              href={f.href}
              className="inline-flex min-h-11 items-center rounded-lg border border-line px-3 hover:bg-canvas"
            >
              {f.label}
            </Link>
          ))}
        </nav>
      ) : null}
      {filtered ? (
        <Link
          href="/inbox"
          className="inline-flex min-h-11 items-center text-accent underline underline-offset-4"
        >
          Show everyone
        </Link>
      ) : null}
      {threads.length === 0 ? (
        <EmptyState title={archived ? "Nothing archived." : "No conversations yet."}>
          Clients write to you from their Messages page; you can start one from a client&apos;s or
          couple&apos;s page.
        </EmptyState>
      ) : (
        <ThreadList threads={threads} hrefOf={(t) => `/inbox/${t.id}`} timeZone={actor.timeZone} />
      )}
    </div>
  );
}
