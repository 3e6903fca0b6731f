import { shortDateWords } from "@/lib/time/words";

/** "Discharged Mar 5, 2031" beside a client's or couple's name in the caseload list (lib/discharge). */
export function DischargedBadge({ dischargedAt, timeZone }: { dischargedAt: string; timeZone: string }) {
  return (
    <span
      className="ml-2 inline-flex items-center rounded-full border border-warn/30 bg-warn-soft px-2 py-0.5 text-sm"
      data-testid="discharged-badge"
    >
      Discharged {shortDateWords(new Date(dischargedAt), timeZone)}
    </span>
  );
}
