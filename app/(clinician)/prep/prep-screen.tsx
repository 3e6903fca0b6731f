import { acknowledgeRiskAlertAction } from "@/app/(clinician)/dashboard/actions";
import { MeasureScores } from "@/components/prep/measure-scores";
import { PrepView } from "@/components/prep/prep-view";
import { RiskAlertsBanner } from "@/components/risk/risk-alerts-banner";
import type { AuditRequestMeta } from "@/lib/audit/record";
import { getMeasuresView } from "@/lib/measures/service";
import type { Actor } from "@/lib/policy/actor";
import { prepReviewStanding } from "@/lib/prep/service";
import { listOpenRiskAlerts } from "@/lib/risk/service";

type Prep = Parameters<typeof prepReviewStanding>[1];

/**
 * The prep page of a client or a couple once its prep is loaded: open risk alerts, the prep view and
 * the measure scores. Alerts and measures are read apart from the prep view itself (lib/risk,
 * lib/measures), so lib/prep depends on neither.
 */
export async function PrepScreen({
  actor,
  prep,
  meta,
}: {
  actor: Actor;
  prep: Prep;
  meta: AuditRequestMeta;
}) {
  const clientIds = prep.subject.people.map((p) => p.clientId);
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
