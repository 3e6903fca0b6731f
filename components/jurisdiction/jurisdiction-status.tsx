import { Notice } from "@/components/ui/notice";
import type { JurisdictionCheckDto } from "@/lib/jurisdiction/schemas";

/**
 * Whether the clinician may assign work here, person by person, and why: shown before they try.
 * Pass the result of checkJurisdiction (lib/jurisdiction/service.ts).
 */
export function JurisdictionStatus({
  check,
  subject,
}: {
  check: JurisdictionCheckDto;
  subject: "client" | "couple";
}) {
  const blocked = check.people.filter((p) => !p.allowed);
  return (
    <section
      aria-labelledby="jurisdiction-heading"
      className="flex flex-col gap-3"
      data-testid="jurisdiction-status"
    >
      <h2 id="jurisdiction-heading" className="text-lg font-semibold">
        Licence check
      </h2>
      {check.allowed ? (
        <Notice
          tone="success"
          title={
            subject === "couple"
              ? "You can assign work to this couple."
              : "You can assign work to this client."
          }
        >
          <ul className="flex flex-col gap-1">
            {check.people.map((p) => (
              <li key={p.clientId}>{p.message}</li>
            ))}
          </ul>
        </Notice>
      ) : (
        <Notice
          tone="warn"
          role="status"
          title={
            subject === "couple"
              ? "You can't assign work to this couple right now."
              : "You can't assign work to this client right now."
          }
        >
          <ul className="flex flex-col gap-2">
            {blocked.map((p) => (
              <li key={p.clientId} data-testid="jurisdiction-reason">
                {p.message}
              </li>
            ))}
            {check.people
              .filter((p) => p.allowed)
              .map((p) => (
                <li key={p.clientId} className="text-muted">
                  {p.message}
                </li>
              ))}
          </ul>
          <p className="mt-2 text-sm text-muted">
            Mend follows the client&apos;s location: you need an active, verified licence or compact privilege
            in the state where each person is. Crisis resources stay visible to your clients whatever this
            check says.
          </p>
        </Notice>
      )}
    </section>
  );
}
