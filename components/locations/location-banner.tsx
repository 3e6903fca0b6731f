import { Notice } from "@/components/ui/notice";
import type { MyLocationDto } from "@/lib/locations/schemas";

/** On the client home: a gentle request to (re-)confirm where they are, when it is due. */
export function LocationBanner({
  location,
  assignmentLabel = "reflection",
}: {
  location: MyLocationDto;
  assignmentLabel?: string;
}) {
  if (!location.needsConfirmation) return null;
  return (
    <div className="mb-6" data-testid="location-banner">
      <Notice
        tone="info"
        title={
          location.needsConfirmation === "unknown"
            ? "Where are you located?"
            : `Are you still in ${location.stateName}?`
        }
      >
        <p>
          Your therapist can send you a new {assignmentLabel} only while they know which state you are in. It
          takes a few seconds.
        </p>
        <a
          href="/location"
          className="mt-2 inline-flex min-h-11 items-center font-medium text-accent underline underline-offset-4"
        >
          {location.needsConfirmation === "unknown" ? "Tell us where you are" : "Confirm where you are"}
        </a>
      </Notice>
    </div>
  );
}
