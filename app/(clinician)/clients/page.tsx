import type { Metadata } from "next";
import Link from "next/link";
import { DischargedBadge } from "@/components/caseload/discharged-badge";
import { LocationLine } from "@/components/caseload/location-line";
import { InvitationList } from "@/components/invitations/invitation-list";
import { buttonClasses } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { listClients } from "@/lib/clients/caseload";
import { listInvitations } from "@/lib/invitations/service";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Clients" };

export default page({ roles: ["CLINICIAN"] }, ClientsPage);

/**
 * A couple is discharged together (lib/discharge), so a discharged partner means a discharged couple,
 * as on the couple's own page; the earliest date stands for both.
 */
function coupleDischargedAt(partners: { dischargedAt: string | null }[]): string | null {
  return (
    partners
      .map((p) => p.dischargedAt)
      .filter((d): d is string => d !== null)
      .sort()[0] ?? null
  );
}

async function ClientsPage(actor: Actor) {
  const [caseload, invitations] = await Promise.all([
    listClients(actor, await pageRequestMeta()),
    listInvitations(actor),
  ]);
  const open = invitations.filter((i) => i.status === "pending" || i.status === "expired");
  const empty = caseload.couples.length === 0 && caseload.individuals.length === 0;
  return (
    <>
      <PageHeader
        title="Clients"
        lead="Your individual clients and couples."
        actions={
          <>
            <Link href="/clients/invite" className={buttonClasses("primary")}>
              Invite a client
            </Link>
            <Link href="/clients/invite?mode=new-couple" className={buttonClasses("secondary")}>
              Invite a couple
            </Link>
          </>
        }
      />
      {empty ? (
        <EmptyState title="No clients yet">
          Invite a client or the first partner of a couple to get started.
        </EmptyState>
      ) : null}

      {caseload.couples.length > 0 ? (
        <section aria-labelledby="couples-heading" className="mb-8">
          <h2 id="couples-heading" className="mb-3 text-lg font-semibold">
            Couples
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {caseload.couples.map((couple) => (
              <li key={couple.id}>
                <Card className="h-full">
                  <Link
                    href={`/clients/couples/${couple.id}`}
                    className="font-medium text-accent underline-offset-4 hover:underline"
                  >
                    {couple.name}
                  </Link>
                  {coupleDischargedAt(couple.partners) ? (
                    <DischargedBadge
                      dischargedAt={coupleDischargedAt(couple.partners)!}
                      timeZone={actor.timeZone}
                    />
                  ) : null}
                  <ul className="mt-2 flex flex-col gap-1 text-sm">
                    {couple.partners.map((p) => (
                      <li key={p.id}>
                        <span className="font-medium">{p.name}</span> ·{" "}
                        <LocationLine client={p} timeZone={actor.timeZone} />
                      </li>
                    ))}
                    {couple.pendingInvitations > 0 ? (
                      <li className="text-muted">
                        {couple.pendingInvitations === 1
                          ? "1 partner has"
                          : `${couple.pendingInvitations} partners have`}{" "}
                        not accepted yet
                      </li>
                    ) : null}
                  </ul>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {caseload.individuals.length > 0 ? (
        <section aria-labelledby="individuals-heading" className="mb-8">
          <h2 id="individuals-heading" className="mb-3 text-lg font-semibold">
            Individuals
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {caseload.individuals.map((client) => (
              <li key={client.id}>
                <Card className="h-full">
                  <Link
                    href={`/clients/${client.id}`}
                    className="font-medium text-accent underline-offset-4 hover:underline"
                  >
                    {client.name}
                  </Link>
                  {client.dischargedAt ? (
                    <DischargedBadge dischargedAt={client.dischargedAt} timeZone={actor.timeZone} />
                  ) : null}
                  <p className="mt-1 text-sm">
                    <LocationLine client={client} timeZone={actor.timeZone} />
                  </p>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {open.length > 0 ? (
        <section aria-labelledby="invitations-heading">
          <h2 id="invitations-heading" className="mb-3 text-lg font-semibold">
            Invitations not yet accepted
          </h2>
          <InvitationList invitations={open} timeZone={actor.timeZone} />
        </section>
      ) : null}
    </>
  );
}
