import { daysBetween, formatDay } from "@/lib/jurisdiction/dates";
import { stateName } from "@/lib/jurisdiction/states";
import {
  COMPACT_LABEL,
  PROFESSION_SHORT,
  type AuthorizationKind,
  type Compact,
  type LicenceStatus,
  type Profession,
} from "./labels";
import type { LicenceWarningDto } from "./schemas";

// The 60/30/7-day expiry reminders (jurisdiction.md §6: no grace period after expiry). Pure.

/** Licences still in play (a revoked, inactive or lapsed one needs no reminder). */
export const WARNABLE_STATUSES = ["ACTIVE", "PENDING", "UNKNOWN"] as const satisfies readonly LicenceStatus[];
export const WARNING_DAYS = [60, 30, 7] as const;

type WarnableRow = {
  id: string;
  kind: AuthorizationKind;
  profession: Profession;
  compact: Compact | null;
  state: string;
  status: LicenceStatus;
  expiresAt: Date;
};

function describe(row: WarnableRow): string {
  const where = stateName(row.state);
  if (row.kind === "COMPACT_PRIVILEGE")
    return `${where} ${row.compact ? COMPACT_LABEL[row.compact] : "compact"} privilege`;
  if (row.kind === "MULTISTATE_LICENSE")
    return `multistate ${PROFESSION_SHORT[row.profession]} licence (${where})`;
  return `${where} ${PROFESSION_SHORT[row.profession]} licence`;
}

/** The reminder for one licence at `now`, or null when none is due. */
export function warningFor(row: WarnableRow, now: Date, timeZone: string): LicenceWarningDto | null {
  if (!(WARNABLE_STATUSES as readonly string[]).includes(row.status)) return null;
  const daysLeft = daysBetween(now, row.expiresAt);
  const what = describe(row);
  const on = formatDay(row.expiresAt, timeZone);
  if (row.expiresAt.getTime() <= now.getTime()) {
    return {
      licenceId: row.id,
      state: row.state,
      level: "expired",
      daysLeft,
      expiresAt: row.expiresAt.toISOString(),
      message: `Your ${what} expired on ${on}. You can't assign or review work for clients in ${stateName(row.state)} under it until it is renewed, updated here and verified again.`,
    };
  }
  const level = [...WARNING_DAYS].reverse().find((d) => daysLeft <= d);
  if (!level) return null;
  const when = daysLeft === 0 ? "today" : daysLeft === 1 ? "tomorrow" : `in ${daysLeft} days`;
  return {
    licenceId: row.id,
    state: row.state,
    level: String(level) as "60" | "30" | "7",
    daysLeft,
    expiresAt: row.expiresAt.toISOString(),
    message: `Your ${what} expires ${when} (${on}). Once you have renewed it, update the expiry date here so your practice admin can verify it.`,
  };
}
