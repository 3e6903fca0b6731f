import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentsPanel } from "@/components/assignments/assignments-panel";
import { LocationLine } from "@/components/caseload/location-line";
import { InvitationList } from "@/components/invitations/invitation-list";
import { JurisdictionStatus } from "@/components/jurisdiction/jurisdiction-status";
import { buttonClasses } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { SafetyScreenForm } from "@/components/safety/safety-screen-form";
import { SharingStatus } from "@/components/safety/sharing-status";
import { listAssignments, practiceAssignmentLabel } from "@/lib/assignments/service";
import { getCouple } from "@/lib/clients/caseload";
import { AgreementHistory } from "@/components/couples/agreement-history";
import { ChangeAgreementForm } from "@/components/couples/change-agreement-form";
import { proposeAgreementAction } from "@/lib/couples/actions";
import { agreementHistoryForClinician } from "@/lib/couples/agreement";
import { CONFIDENTIALITY_DESCRIPTION, CONFIDENTIALITY_LABEL } from "@/lib/invitations/labels";
import { listInvitations } from "@/lib/invitations/service";
import { checkJurisdiction } from "@/lib/jurisdiction/service";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { page } from "@/lib/http/page";
import { coupleScreens } from "@/lib/safety/service";
import { firstName } from "@/lib/text/names";
import { acknowledgeRiskAlertAction } from "@/app/(clinician)/dashboard/actions";
import { RiskAlertsBanner } from "@/components/risk/risk-alerts-banner";
import { listOpenRiskAlerts } from "@/lib/risk/service";
import type { Actor } from "@/lib/policy/actor";
import { CareActions } from "@/components/caseload/care-actions";
import { DISCHARGE_ACCESS_DAYS } from "@/lib/discharge/schemas";

export const metadata: Metadata = { title: "Couple" };

export default page({ roles: ["CLINICIAN"] }, CouplePage);

async function CouplePage(actor: Actor, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const meta = await pageRequestMeta();
  const couple = await getCouple(actor, id, meta);
  const [invitations, check, assignments, assignmentLabel, screens, alerts, agreements] = await Promise.all([
    listInvitations(actor, { coupleId: couple.id }),
    couple.partners.length > 0
      ? checkJurisdiction(actor, { coupleId: couple.id }, meta)
      : Promise.resolve(null),
    listAssignments(actor, { coupleId: couple.id, limit: 20 }, meta),
    practiceAssignmentLabel(actor),
    coupleScreens(actor, id),
    listOpenRiskAlerts(actor, { clientIds: couple.partners.map((p) => p.id) }, meta),
    agreementHistoryForClinician(actor, couple.id),
  ]);
  const open = invitations.filter((i) => i.status === "pending" || i.status === "expired");
  const seats = couple.partners.length + invitations.filter((i) => i.status === "pending").length;
  const hasRoom = seats < 2;
  const discharged = couple.partners.some((p) => p.dischargedAt !== null);
  return (
    <>
      <RiskAlertsBanner alerts={alerts} timeZone={actor.timeZone} acknowledge={acknowledgeRiskAlertAction} />
      <PageHeader
        title={couple.name}
        lead="Couple"
        actions={
          hasRoom ? (
            <Link
              href={`/clients/invite?mode=existing-couple&coupleId=${couple.id}`}
              className={buttonClasses("secondary")}
            >
              Invite {seats === 0 ? "a partner" : "the second partner"}
            </Link>
          ) : null
        }
      />
      <div className="flex flex-col gap-6">
        <Link
          href={`/prep/couples/${couple.id}`}
          className="inline-flex min-h-11 items-center self-start rounded-lg bg-accent px-4 font-medium text-white hover:bg-accent-strong"
        >
          Appointment prep: what came in, side by side
        </Link>
        <Link
          href={`/inbox?open=couple:${couple.id}`}
          className="inline-flex min-h-11 items-center self-start text-accent underline underline-offset-4"
        >
          Message them together
        </Link>
        {discharged ? (
          <Notice tone="warn" title="Discharged" role="status">
            No new work can be given until you re-admit them (under Care, below).
          </Notice>
        ) : null}
        {check ? (
          <JurisdictionStatus check={check} subject="couple" />
        ) : (
          <Notice title="Nobody has joined yet">
            Once a partner accepts their invitation, you will see here whether you can assign work to them.
          </Notice>
        )}

        <AssignmentsPanel
          list={assignments}
          label={assignmentLabel}
          timeZone={actor.timeZone}
          coupleId={couple.id}
        />

        <section aria-labelledby="partners-heading">
          <h2 id="partners-heading" className="mb-3 text-lg font-semibold">
            Partners
          </h2>
          {couple.partners.length > 0 ? <SharingStatus screens={screens} /> : null}
          {couple.partners.length > 0 ? (
            <ul className="grid gap-3 sm:grid-cols-2">
              {couple.partners.map((p) => (
                <li key={p.id}>
                  <Card className="h-full">
                    <Link
                      href={`/clients/${p.id}`}
                      className="font-medium text-accent underline-offset-4 hover:underline"
                    >
                      {p.name}
                    </Link>
                    <p className="mt-1 text-sm">
                      <LocationLine client={p} timeZone={actor.timeZone} />
                    </p>
                    <SafetyScreenForm
                      clientId={p.id}
                      firstName={firstName(p.name)}
                      outcome={screens.find((x) => x.clientId === p.id)?.outcome ?? "NOT_YET"}
                    />
                  </Card>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">No partner has accepted yet.</p>
          )}
        </section>

        <section aria-labelledby="agreement-heading">
          <h2 id="agreement-heading" className="mb-3 text-lg font-semibold">
            Confidentiality agreement
          </h2>
          <Card>
            <p className="font-medium">{CONFIDENTIALITY_LABEL[couple.confidentiality]}</p>
            <p className="text-muted">{CONFIDENTIALITY_DESCRIPTION[couple.confidentiality]}</p>
            {couple.confidentialityNote ? (
              <p className="mt-2 whitespace-pre-line">{couple.confidentialityNote}</p>
            ) : null}
            <div className="mt-4">
              <ChangeAgreementForm
                action={proposeAgreementAction}
                coupleId={couple.id}
                current={couple.confidentiality}
                currentNote={couple.confidentialityNote}
              />
            </div>
            {agreements.length > 0 ? (
              <div className="mt-4">
                <h3 className="font-medium">History</h3>
                <AgreementHistory items={agreements} timeZone={actor.timeZone} />
              </div>
            ) : null}
          </Card>
        </section>

        {open.length > 0 ? (
          <section aria-labelledby="couple-invitations-heading">
            <h2 id="couple-invitations-heading" className="mb-3 text-lg font-semibold">
              Invitations not yet accepted
            </h2>
            <InvitationList invitations={open} timeZone={actor.timeZone} />
          </section>
        ) : null}

        {couple.partners.length > 0 ? (
          <section aria-labelledby="care-heading">
            <h2 id="care-heading" className="mb-3 text-lg font-semibold">
              Care
            </h2>
            <Card className="flex flex-col gap-4">
              <p data-testid="care-status">
                {discharged
                  ? `Discharged: no new work; the partners can read and download what they wrote for ${DISCHARGE_ACCESS_DAYS} days after discharge.`
                  : "In care."}
              </p>
              <CareActions
                kind="couple"
                id={couple.id}
                name={couple.name}
                discharged={discharged}
                accessDays={DISCHARGE_ACCESS_DAYS}
              />
            </Card>
          </section>
        ) : null}
      </div>
    </>
  );
}
