import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import type { LicenceWarningDto } from "@/lib/licences/schemas";

/** The 60/30/7-day licence expiry reminders, for the clinician dashboard. Pass licenceWarnings(actor). */
export function LicenceWarningsBanner({ warnings }: { warnings: LicenceWarningDto[] }) {
  if (warnings.length === 0) return null;
  const urgent = warnings.some((w) => w.level === "7" || w.level === "expired");
  return (
    <div className="mb-6" data-testid="licence-warnings">
      <Notice
        tone={urgent ? "warn" : "info"}
        role="status"
        title={warnings.length === 1 ? "A licence needs your attention" : "Some licences need your attention"}
      >
        <ul className="flex flex-col gap-1">
          {warnings.map((w) => (
            <li key={w.licenceId}>{w.message}</li>
          ))}
        </ul>
        <Link
          href="/settings/licences"
          className="mt-2 inline-flex min-h-11 items-center font-medium text-accent underline underline-offset-4"
        >
          Update your licences
        </Link>
      </Notice>
    </div>
  );
}
