import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { listOutbox, outboxPageAllowed } from "@/lib/mail/outbox";
import { publicPage } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";
import { dateTimeFormat } from "@/lib/time/formatters";

// Development only: the emails Mend would have sent, newest first, with their links clickable.
// A 404 unless a development server is asked over a loopback connection with MAIL_TRANSPORT=outbox
// (lib/mail/outbox.ts): it hands out reset links.

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Outbox (development)", referrer: "no-referrer" };

const URL_PATTERN = /(https?:\/\/[^\s<>"']+)/g;

function Linked({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="break-all text-accent underline">
            {part}
          </a>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

export default publicPage(OutboxPage);

async function OutboxPage(
  _actor: Actor | null,
  { searchParams }: { searchParams: Promise<{ to?: string | string[] }> },
) {
  if (!outboxPageAllowed(await headers())) notFound();
  const { to } = await searchParams;
  const filter = typeof to === "string" ? to.slice(0, 320) : "";
  const emails = await listOutbox({ to: filter || undefined });
  const time = dateTimeFormat("en-US", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: "UTC",
  });
  return (
    <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-8">
      <header>
        <h1 className="text-2xl font-semibold">Outbox</h1>
        <p className="text-muted">
          Development only: emails Mend would have sent (MAIL_TRANSPORT=outbox), newest first.
        </p>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor="to" className="font-medium">
            Recipient
          </label>
          <input
            id="to"
            name="to"
            type="email"
            defaultValue={filter}
            placeholder="name@example.com"
            className="min-h-11 rounded-lg border border-line bg-surface px-3 py-2 text-base"
          />
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-accent px-4 font-medium text-white">
          Filter
        </button>
        {filter ? (
          <a href="/dev/outbox" className="inline-flex min-h-11 items-center px-2 text-accent underline">
            Show all
          </a>
        ) : null}
      </form>
      {emails.length === 0 ? (
        <p className="rounded-xl border border-dashed border-line bg-surface p-6 text-center">
          No emails{filter ? ` to ${filter}` : ""} yet.
        </p>
      ) : (
        <ol className="flex flex-col gap-3">
          {emails.map((email) => (
            <li
              key={email.id}
              className="rounded-xl border border-line bg-surface p-4"
              data-testid="outbox-email"
            >
              <p className="text-sm text-muted">
                To <span data-testid="outbox-to">{email.to}</span> · {time.format(email.createdAt)} UTC
              </p>
              <h2 className="font-semibold" data-testid="outbox-subject">
                {email.subject}
              </h2>
              <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-base">
                <Linked text={email.text} />
              </pre>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
