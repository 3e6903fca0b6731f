// Above the client's composer: the clinician's office-hours note, and that messages are not a crisis
// line. The crisis resources are never gated (jurisdiction.md §5).
export function SupportNote({
  officeHours,
  clinicianName,
}: {
  officeHours: string | null;
  clinicianName: string;
}) {
  return (
    <div
      className="rounded-xl border border-line bg-accent-soft px-4 py-3 text-sm"
      data-testid="support-note"
    >
      {officeHours ? (
        <p>
          <span className="font-medium">{clinicianName}:</span> {officeHours}
        </p>
      ) : null}
      <p className={officeHours ? "mt-1" : ""}>
        Messages are not monitored in real time. In a crisis call or text{" "}
        <a className="font-semibold underline" href="tel:988">
          988
        </a>
        , or{" "}
        <a className="font-semibold underline" href="tel:911">
          911
        </a>
        .
      </p>
    </div>
  );
}
