import type { ClientNewsKind } from "@/lib/notifications/client-news-kinds";
import { deliverNotification } from "@/lib/notifications/service";
import { isQuietTime } from "@/lib/notifications/time";
import { SETTINGS } from "../../support/worker";

// The client-news job's handler, run directly (what the delayed `notify` job does when it runs),
// for tests that are not about quiet hours: no quiet window at all.
export const NEVER_QUIET = { ...SETTINGS, quiet: { start: 0, end: 0 } };

export async function deliverClientNewsNow(userId: string, notice: ClientNewsKind, now = new Date()) {
  return deliverNotification({ kind: "client-news", userId, notice }, now, NEVER_QUIET);
}

/** A time zone where it is daytime (outside quiet hours) for the next half hour from `at`. */
export function daytimeZone(at: Date): string {
  const zones = [
    "UTC",
    "Asia/Tokyo",
    "America/New_York",
    "Asia/Kolkata",
    "Pacific/Auckland",
    "America/Los_Angeles",
  ];
  const zone = zones.find(
    (z) =>
      !isQuietTime(at, z, SETTINGS.quiet) &&
      !isQuietTime(new Date(at.getTime() + 30 * 60_000), z, SETTINGS.quiet),
  );
  if (!zone) throw new Error("no daytime zone found");
  return zone;
}
