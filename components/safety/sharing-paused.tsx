// On a couple's completion page while the therapist has not turned sharing on: the same neutral words
// for both partners, saying nothing about why (a partner must never learn anything about the other's
// individual safety screen). Kept apart from the privacy wording on purpose.
import { SHARING_PAUSED_MESSAGE } from "@/lib/safety/schemas";

export function SharingPaused() {
  return (
    <p
      className="-mt-2 rounded-lg border border-line bg-surface px-3 py-2 text-base"
      data-testid="sharing-paused"
    >
      {SHARING_PAUSED_MESSAGE}
    </p>
  );
}
