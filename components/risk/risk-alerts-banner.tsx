import Link from "next/link";
import type { ComponentProps } from "react";
import type { RiskAlertDto } from "@/lib/risk/schemas";
import { dateTimeWords } from "@/lib/assignments/labels";
import { AcknowledgeForm } from "./acknowledge-form";

// At the top of the clinician's dashboard and of a client's or couple's pages: every open risk
// alert, until acknowledged. Each says who and what, when, and where the answers are.

export function RiskAlertsBanner({
  alerts,
  timeZone,
  acknowledge,
  showPrepLink = true,
}: {
  alerts: readonly RiskAlertDto[];
  timeZone: string;
  /** The server action that acknowledges one alert (app/(clinician)/dashboard/actions.ts). */
  acknowledge: ComponentProps<typeof AcknowledgeForm>["action"];
  showPrepLink?: boolean;
}) {
  if (alerts.length === 0) return null;
  return (
    <section
      aria-labelledby="risk-alerts-heading"
      data-testid="risk-alerts"
      className="mb-6 rounded-xl border-2 border-danger bg-surface p-4 sm:p-5"
    >
      <h2 id="risk-alerts-heading" className="text-lg font-semibold">
        {alerts.length === 1
          ? "A check-in needs your attention"
          : `${alerts.length} check-ins need your attention`}
      </h2>
      <p className="text-sm text-muted">
        The client was shown 988, the Crisis Text Line and 911, and told you would see this but not right
        away. Each alert stays here until you acknowledge it.
      </p>
      <ul className="mt-3 flex flex-col divide-y divide-line">
        {alerts.map((a) => (
          <li key={a.id} className="flex flex-col gap-3 py-3" data-testid="risk-alert">
            <div>
              <p className="font-medium">
                {a.clientName}: {a.what}
              </p>
              <p className="text-sm text-muted">
                Sent {dateTimeWords(new Date(a.createdAt), timeZone)}
                {showPrepLink ? (
                  <>
                    {" · "}
                    <Link href={a.prepHref} className="text-accent underline underline-offset-4">
                      Open the prep view for {a.clientName}
                    </Link>
                  </>
                ) : null}
              </p>
            </div>
            <AcknowledgeForm alertId={a.id} clientName={a.clientName} action={acknowledge} />
          </li>
        ))}
      </ul>
    </section>
  );
}
