import type { ClientSummaryDto } from "@/lib/clients/schemas";
import { dateTimeFormat } from "@/lib/time/formatters";

function day(iso: string, timeZone: string): string {
  return dateTimeFormat("en-US", { dateStyle: "medium", timeZone }).format(new Date(iso));
}

/** "Virginia · confirmed Nov 27, 2026", or what is missing. */
export function LocationLine({ client, timeZone }: { client: ClientSummaryDto; timeZone: string }) {
  if (client.locationNeedsConfirmation === "unknown")
    return <span className="text-warn">Location not given yet</span>;
  return (
    <span>
      {client.stateName}
      <span className="text-muted">
        {" · "}
        {client.locationNeedsConfirmation === "stale" ? (
          <span className="text-warn">
            needs re-confirming (last {day(client.locationAttestedAt!, timeZone)})
          </span>
        ) : (
          <>confirmed {day(client.locationAttestedAt!, timeZone)}</>
        )}
      </span>
    </span>
  );
}
