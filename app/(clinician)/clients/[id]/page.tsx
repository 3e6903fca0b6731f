import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentsPanel } from "@/components/assignments/assignments-panel";
import { CareActions } from "@/components/caseload/care-actions";
import { LocationLine } from "@/components/caseload/location-line";
import { JurisdictionStatus } from "@/components/jurisdiction/jurisdiction-status";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { listAssignments, practiceAssignmentLabel } from "@/lib/assignments/service";
import { getClient } from "@/lib/clients/caseload";
import { checkJurisdiction } from "@/lib/jurisdiction/service";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { page } from "@/lib/http/page";
import { acknowledgeRiskAlertAction } from "@/app/(clinician)/dashboard/actions";
import { RiskAlertsBanner } from "@/components/risk/risk-alerts-banner";
import { listOpenRiskAlerts } from "@/lib/risk/service";
import type { Actor } from "@/lib/policy/actor";
import { can } from "@/lib/policy/permissions";
import { DISCHARGE_ACCESS_DAYS, dischargeAccessEnds } from "@/lib/discharge/schemas";
import { shortDateTimeWords } from "@/lib/time/words";

export const metadata: Metadata = { title: "Client" };

const SOURCE: Record<string, string> = {
  SELF_ATTESTED: "Confirmed by the client",
  APPOINTMENT_ATTESTED: "Confirmed at an appointment",
  SUBMISSION: "When submitting work",
};

function day(iso: string, timeZone: string): string {
  return shortDateTimeWords(new Date(iso), timeZone);
}

export default page({ roles: ["CLINICIAN"] }, ClientPage);

async function ClientPage(actor: Actor, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const meta = await pageRequestMeta();
  const loaded = await Promise.all([
    getClient(actor, id, meta),
    checkJurisdiction(actor, { clientId: id }, meta),
  ]);
  const [client, check] = loaded;
  const [assignments, assignmentLabel, alerts] = await Promise.all([
    listAssignments(actor, { clientId: client.id, limit: 20 }, meta),
    practiceAssignmentLabel(actor),
    listOpenRiskAlerts(actor, { clientIds: [client.id] }, meta),
  ]);
  return (
    <>
      <RiskAlertsBanner alerts={alerts} timeZone={actor.timeZone} acknowledge={acknowledgeRiskAlertAction} />
      <PageHeader
        title={client.name}
        lead={
          <>
            <span className="break-all">{client.email}</span>
            {client.couple ? (
              <>
                {" · Partner in "}
                <Link href={`/clients/couples/${client.couple.id}`} className="text-accent underline">
                  {client.couple.name}
                </Link>
              </>
            ) : (
              " · Individual client"
            )}
          </>
        }
      />
      <div className="flex flex-col gap-6">
        <Link
          href={`/prep/clients/${client.id}`}
          className="inline-flex min-h-11 items-center self-start rounded-lg bg-accent px-4 font-medium text-white hover:bg-accent-strong"
        >
          Appointment prep: what came in
        </Link>
        <Link
          href={`/inbox?open=client:${client.id}`}
          className="inline-flex min-h-11 items-center self-start text-accent underline underline-offset-4"
        >
          {client.couple ? "Message (private, just the two of you)" : "Message"}
        </Link>
        {client.dischargedAt ? (
          <Notice tone="warn" title="Discharged" role="status">
            No new work can be given until you re-admit {client.name} (under Account, below).
          </Notice>
        ) : null}
        <JurisdictionStatus check={check} subject="client" />
        {client.couple ? (
          <p className="text-muted">
            Work for the couple is checked for both partners: see{" "}
            <Link href={`/clients/couples/${client.couple.id}`} className="text-accent underline">
              {client.couple.name}
            </Link>
            .
          </p>
        ) : null}

        <AssignmentsPanel
          list={assignments}
          label={assignmentLabel}
          timeZone={actor.timeZone}
          clientId={client.id}
        />

        <section aria-labelledby="location-heading">
          <h2 id="location-heading" className="mb-3 text-lg font-semibold">
            Location
          </h2>
          <Card>
            <p>
              <LocationLine client={client} timeZone={actor.timeZone} />
            </p>
            <p className="mt-1 text-sm text-muted">
              Clients confirm where they are; Mend asks them again when it is older than your practice&apos;s
              limit. Earlier answers are kept.
            </p>
            {client.locationHistory.length > 0 ? (
              <div className="mt-4 overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Location history, newest first</caption>
                  <thead className="text-muted">
                    <tr>
                      <th scope="col" className="py-2 pr-4 font-medium">
                        State
                      </th>
                      <th scope="col" className="py-2 pr-4 font-medium">
                        When
                      </th>
                      <th scope="col" className="py-2 font-medium">
                        How
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {client.locationHistory.map((entry, index) => (
                      <tr key={`${entry.attestedAt}-${index}`} className="border-t border-line">
                        <td className="py-2 pr-4">{entry.stateName}</td>
                        <td className="py-2 pr-4">{day(entry.attestedAt, actor.timeZone)}</td>
                        <td className="py-2">{SOURCE[entry.source] ?? entry.source}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </Card>
        </section>

        <section aria-labelledby="about-heading">
          <h2 id="about-heading" className="mb-3 text-lg font-semibold">
            Account
          </h2>
          <Card>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="text-muted">Joined</dt>
              <dd>{day(client.joinedAt, actor.timeZone)}</dd>
              <dt className="text-muted">Consent notice</dt>
              <dd>
                {client.consentAcceptedAt
                  ? `Accepted ${day(client.consentAcceptedAt, actor.timeZone)}`
                  : "Not accepted yet"}
              </dd>
              <dt className="text-muted">Status</dt>
              <dd data-testid="care-status">
                {client.closed
                  ? "Closed"
                  : client.dischargedAt
                    ? `Discharged ${day(client.dischargedAt, actor.timeZone)}: no new work; can read and download until ${day(dischargeAccessEnds(client.dischargedAt), actor.timeZone)}`
                    : "In care"}
              </dd>
            </dl>
            {client.closed ? null : (
              <div className="mt-4">
                <CareActions
                  kind="client"
                  id={client.id}
                  name={client.name}
                  discharged={client.dischargedAt !== null}
                  canClose={can(actor, "close:client")}
                  accessDays={DISCHARGE_ACCESS_DAYS}
                />
              </div>
            )}
          </Card>
        </section>
      </div>
    </>
  );
}
