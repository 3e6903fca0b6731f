// For the clinician, on the couple's page: whether the partners can share answers, and why not. The
// screens' outcomes are the clinician's alone; clients only ever see that sharing is paused.
import { Notice } from "@/components/ui/notice";

export function SharingStatus({ screens }: { screens: { outcome: string }[] }) {
  const cleared = screens.length > 0 && screens.every((s) => s.outcome === "NO_CONCERN");
  const concern = screens.some((s) => s.outcome === "CONCERN");
  if (cleared) {
    return (
      <p className="mb-3 text-muted" data-testid="sharing-status">
        Both partners are screened with no concern: they can share answers with each other.
      </p>
    );
  }
  return (
    <div className="mb-3">
      <Notice tone={concern ? "warn" : "info"} title="Sharing between the partners is paused">
        <p data-testid="sharing-status">
          Record an individual safety screen (intimate partner violence, coercive control) for each partner
          below. Until both are &ldquo;no concern&rdquo;, nothing can be shared between them and nothing
          shared earlier is shown. Both partners see the same neutral words, never anything about a screen.
        </p>
      </Notice>
    </div>
  );
}
