import { Card } from "@/components/ui/card";
import type { AgreementHistoryItem } from "@/lib/couples/schemas";
import { CONFIDENTIALITY_DESCRIPTION, CONFIDENTIALITY_LABEL } from "@/lib/invitations/labels";
import { AgreementHistory } from "./agreement-history";
import { ConfirmAgreementButton } from "./confirm-agreement";

/**
 * A partner's view of changes to their agreement: one waiting for them to confirm, and the history.
 * Nothing shows until the agreement has been changed at least once.
 */
export function AgreementChanges({
  items,
  timeZone,
  clinicianName,
  viewerId,
}: {
  items: AgreementHistoryItem[];
  timeZone: string;
  clinicianName: string;
  viewerId: string;
}) {
  if (items.length === 0) return null;
  const pending = items.find((i) => i.status === "PENDING");
  const confirmed = pending?.partners.find((p) => p.clientId === viewerId)?.confirmedAt;
  return (
    <Card className="mt-4" data-testid="agreement-changes">
      {pending ? (
        <section aria-labelledby="agreement-proposed-heading" className="mb-4 flex flex-col gap-2">
          <h3 id="agreement-proposed-heading" className="text-lg font-semibold">
            {clinicianName} proposed a new agreement
          </h3>
          <p className="font-medium">{CONFIDENTIALITY_LABEL[pending.confidentiality]}</p>
          <p>{CONFIDENTIALITY_DESCRIPTION[pending.confidentiality]}</p>
          {pending.note ? (
            <blockquote className="whitespace-pre-line border-l-4 border-accent/40 pl-3 italic">
              {pending.note}
            </blockquote>
          ) : null}
          <p className="text-sm text-muted">
            The agreement above stays in force until you and your partner have both confirmed this one.
          </p>
          {confirmed ? (
            <p className="font-medium">You have confirmed it. It applies once your partner has too.</p>
          ) : (
            <ConfirmAgreementButton agreementId={pending.id} />
          )}
        </section>
      ) : null}
      <h3 className="font-medium">History of your agreement</h3>
      <AgreementHistory items={items} timeZone={timeZone} />
    </Card>
  );
}
