import { CONFIDENTIALITY_LABEL } from "@/lib/invitations/labels";
import type { AgreementHistoryItem } from "@/lib/couples/schemas";
import { shortDateWords } from "@/lib/time/words";

const STATUS: Record<AgreementHistoryItem["status"], string> = {
  PENDING: "Waiting for both partners",
  IN_FORCE: "In force",
  SUPERSEDED: "Replaced",
  WITHDRAWN: "Withdrawn before it applied",
};

/** Every version of a couple's agreement, newest first, with who confirmed it and when. */
export function AgreementHistory({ items, timeZone }: { items: AgreementHistoryItem[]; timeZone: string }) {
  if (items.length === 0) return null;
  return (
    <ol className="flex flex-col divide-y divide-line" data-testid="agreement-history">
      {items.map((item) => (
        <li key={item.id} className="py-3">
          <p className="font-medium">
            {CONFIDENTIALITY_LABEL[item.confidentiality]}{" "}
            <span className="text-sm font-normal text-muted">· {STATUS[item.status]}</span>
          </p>
          {item.note ? <p className="mt-1 whitespace-pre-line text-sm">{item.note}</p> : null}
          <p className="mt-1 text-sm text-muted">
            Proposed {shortDateWords(item.proposedAt, timeZone)}
            {item.inForceAt ? ` · applied ${shortDateWords(item.inForceAt, timeZone)}` : ""}
            {item.endedAt ? ` · ended ${shortDateWords(item.endedAt, timeZone)}` : ""}
          </p>
          {item.partners.length > 0 ? (
            <ul className="mt-1 text-sm text-muted">
              {item.partners.map((p) => (
                <li key={p.clientId}>
                  {p.name}:{" "}
                  {p.confirmedAt ? `confirmed ${shortDateWords(p.confirmedAt, timeZone)}` : "not confirmed"}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
