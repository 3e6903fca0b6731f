import type { Metadata } from "next";
import { MeasureScores } from "@/components/prep/measure-scores";
import { PrepView } from "@/components/prep/prep-view";
import { acknowledgeRiskAlertAction } from "@/app/(clinician)/dashboard/actions";
import { RiskAlertsBanner } from "@/components/risk/risk-alerts-banner";
import { getMeasuresView } from "@/lib/measures/service";
import { listOpenRiskAlerts } from "@/lib/risk/service";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { getClientPrep, prepReviewStanding } from "@/lib/prep/service";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Appointment prep" };

export default page({ roles: ["CLINICIAN"] }, ClientPrepPage);

async function ClientPrepPage(actor: Actor, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const meta = await pageRequestMeta();
  const prep = await getClientPrep(actor, id, meta);
  const clientIds = prep.subject.people.map((p) => p.clientId);
  // Alerts and measures are read apart from the prep view itself (lib/risk, lib/measures).
  const [standing, alerts, measures] = await Promise.all([
    prepReviewStanding(actor, prep),
    listOpenRiskAlerts(actor, { clientIds }, meta),
    getMeasuresView(actor, clientIds, meta),
  ]);
  return (
    <>
      <RiskAlertsBanner
        alerts={alerts}
        timeZone={actor.timeZone}
        acknowledge={acknowledgeRiskAlertAction}
        showPrepLink={false}
      />
      <PrepView prep={prep} timeZone={actor.timeZone} reviewBlocked={standing.reasons} />
      <MeasureScores view={measures} timeZone={actor.timeZone} />
    </>
  );
}
