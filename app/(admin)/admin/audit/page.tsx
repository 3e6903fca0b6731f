import type { Metadata } from "next";
import Link from "next/link";
import { Field, SelectField } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { auditFilterOptions, listAuditEvents } from "@/lib/audit/query";
import { auditListQuery, type AuditEventDto, type AuditFilter } from "@/lib/audit/schemas";
import { localDay } from "@/lib/notifications/time";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";
import { shortDateTimeWords } from "@/lib/time/words";

export const metadata: Metadata = { title: "Audit trail" };

const ROLE = { ADMIN: "admin", CLINICIAN: "clinician", CLIENT: "client" } as Record<string, string>;

function query(filter: AuditFilter & { cursor?: string; format?: "csv" }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, String(value));
  const s = params.toString();
  return s ? `?${s}` : "";
}

function when(iso: string, timeZone: string): string {
  return shortDateTimeWords(new Date(iso), timeZone);
}

function who(event: AuditEventDto): string {
  if (!event.actor) return "Mend (automatic)";
  return `${event.actor.name}${event.actor.role ? ` (${ROLE[event.actor.role] ?? event.actor.role})` : ""}`;
}

function details(event: AuditEventDto): string {
  const parts = [`${event.subjectType}${event.subjectId ? ` ${event.subjectId}` : ""}`];
  if (event.metadata)
    for (const [k, v] of Object.entries(event.metadata)) if (v !== null) parts.push(`${k}: ${String(v)}`);
  return parts.join(" · ");
}

export default page({ roles: ["ADMIN"] }, AuditPage);

async function AuditPage(
  actor: Actor,
  { searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> },
) {
  const raw = Object.fromEntries(
    Object.entries(await searchParams).filter(([, v]) => typeof v === "string" && v !== ""),
  ) as Record<string, string>;
  const parsed = auditListQuery.safeParse(raw);
  const q = parsed.success ? parsed.data : auditListQuery.parse({});
  const filter: AuditFilter = {
    actorId: q.actorId,
    clientId: q.clientId,
    action: q.action,
    from: q.from,
    to: q.to,
  };
  const [options, page] = await Promise.all([
    auditFilterOptions(actor),
    listAuditEvents(actor, { ...filter, cursor: q.cursor, limit: 50 }),
  ]);
  const today = localDay(new Date(), actor.timeZone);
  const monthStart = `${today.slice(0, 8)}01`;
  const client = options.clients.find((c) => c.id === filter.clientId);
  const filtered = Object.values(filter).some(Boolean);

  return (
    <>
      <PageHeader
        title="Audit trail"
        lead="Who opened or changed what, when, and from where. It never holds what clients wrote, and nobody can edit or delete it."
        actions={
          <a
            href={`/api/v1/audit-events${query({ ...filter, format: "csv" })}`}
            download
            className={buttonClasses("secondary")}
            data-testid="audit-csv"
          >
            Download CSV
          </a>
        }
      />

      <Card className="mb-6">
        <h2 className="mb-3 text-lg font-semibold">Ask a question</h2>
        <form
          method="get"
          action="/admin/audit"
          className="flex flex-wrap items-center gap-3"
          aria-label="Who opened a client's answers this month?"
        >
          <input type="hidden" name="action" value="response.read" />
          <input type="hidden" name="from" value={monthStart} />
          <input type="hidden" name="to" value={today} />
          <span aria-hidden="true">Who opened</span>
          <label htmlFor="question-client" className="sr-only">
            Client
          </label>
          <select
            id="question-client"
            name="clientId"
            defaultValue={filter.clientId ?? ""}
            required
            className="min-h-11 min-w-0 max-w-full rounded-lg border border-line bg-surface px-3 py-2 text-base"
          >
            <option value="">Choose a client</option>
            {options.clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <span aria-hidden="true">&rsquo;s answers this month?</span>
          <button type="submit" className={buttonClasses("primary")}>
            Ask
          </button>
        </form>
        <ul className="mt-3 flex flex-wrap gap-x-5">
          <li>
            <Link
              className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
              href={`/admin/audit${query({ action: "data.exported", from: monthStart })}`}
            >
              Data downloads this month
            </Link>
          </li>
          <li>
            <Link
              className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
              href={`/admin/audit${query({ action: "account.closed" })}`}
            >
              Closed accounts
            </Link>
          </li>
          <li>
            <Link
              className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
              href={`/admin/audit${query({ action: "caseload.reassigned" })}`}
            >
              Caseload moves
            </Link>
          </li>
          <li>
            <Link
              className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
              href={`/admin/audit${query({ action: "client.purged" })}`}
            >
              Records deleted after retention
            </Link>
          </li>
        </ul>
      </Card>

      <details className="mb-6 rounded-xl border border-line bg-surface p-5" open={filtered}>
        <summary className="cursor-pointer text-lg font-semibold">Filter</summary>
        <form
          method="get"
          action="/admin/audit"
          className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
          aria-label="Filter the audit trail"
        >
          <SelectField
            id="actorId"
            name="actorId"
            label="Person who acted"
            defaultValue={filter.actorId ?? ""}
          >
            <option value="">Anyone</option>
            {options.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({ROLE[p.role] ?? p.role})
              </option>
            ))}
          </SelectField>
          <SelectField
            id="clientId"
            name="clientId"
            label="Client concerned"
            defaultValue={filter.clientId ?? ""}
          >
            <option value="">Any client</option>
            {options.clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <SelectField id="action" name="action" label="What happened" defaultValue={filter.action ?? ""}>
            <option value="">Anything</option>
            {filter.action && !options.actions.some((a) => a.action === filter.action) ? (
              <option value={filter.action}>{filter.action}</option>
            ) : null}
            {options.actions.map((a) => (
              <option key={a.action} value={a.action}>
                {a.label}
              </option>
            ))}
          </SelectField>
          <Field
            id="from"
            name="from"
            type="date"
            label="From"
            defaultValue={filter.from ?? ""}
            max={today}
          />
          <Field
            id="to"
            name="to"
            type="date"
            label="To (including)"
            defaultValue={filter.to ?? ""}
            max={today}
          />
          <div className="flex items-end gap-2">
            <button type="submit" className={buttonClasses("primary")}>
              Show
            </button>
            <Link href="/admin/audit" className={buttonClasses("quiet")}>
              Clear
            </Link>
          </div>
        </form>
      </details>

      {!parsed.success ? (
        <div className="mb-4">
          <Notice tone="warn" role="alert">
            Some filters were not valid and were left out.
          </Notice>
        </div>
      ) : null}

      <section aria-labelledby="events-heading">
        <h2 id="events-heading" className="mb-3 text-lg font-semibold" data-testid="audit-summary">
          {filter.action === "response.read" && client
            ? `Who opened ${client.name}'s answers${filter.from ? ` since ${filter.from}` : ""}`
            : filtered
              ? "Matching events, newest first"
              : "Everything, newest first"}
        </h2>
        {page.events.length === 0 ? (
          <EmptyState title={filtered ? "Nothing matches" : "Nothing recorded yet"}>
            {filter.action === "response.read" && client
              ? `Nobody opened ${client.name}'s answers in this period.`
              : "Try a wider date range or fewer filters."}
          </EmptyState>
        ) : (
          <ol className="flex flex-col gap-3" data-testid="audit-events">
            {page.events.map((e) => (
              <li
                key={e.id}
                className="rounded-xl border border-line bg-surface p-4"
                data-testid="audit-event"
              >
                <p className="font-medium">
                  {who(e)}: {e.actionLabel}
                  {e.client ? <span className="font-normal"> · client {e.client.name}</span> : null}
                </p>
                <p className="text-sm text-muted">
                  <time dateTime={e.at}>{when(e.at, actor.timeZone)}</time>
                  {e.ip ? ` · from ${e.ip}` : ""}
                  {e.requestId ? ` · request ${e.requestId.slice(0, 8)}` : ""}
                </p>
                <p className="mt-1 break-words text-sm text-muted">{details(e)}</p>
                {e.userAgent ? (
                  <p className="mt-1 truncate text-xs text-muted" title={e.userAgent}>
                    {e.userAgent}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        <nav aria-label="Pages" className="mt-4 flex flex-wrap gap-3">
          {q.cursor ? (
            <Link href={`/admin/audit${query(filter)}`} className={buttonClasses("secondary")}>
              Newest
            </Link>
          ) : null}
          {page.nextCursor ? (
            <Link
              href={`/admin/audit${query({ ...filter, cursor: page.nextCursor })}`}
              className={buttonClasses("secondary")}
            >
              Older events
            </Link>
          ) : null}
        </nav>
      </section>
    </>
  );
}
