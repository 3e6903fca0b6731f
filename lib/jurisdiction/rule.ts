import type { AuthorizationKind, Compact, LicenceStatus, Profession } from "@/lib/licences/labels";
import { RESIDENT_PROFESSIONS } from "@/lib/licences/labels";

// The jurisdiction rule (design/jurisdiction.md §6), as a pure function of facts loaded elsewhere, so
// every branch is unit-testable and the service only loads, decides and records.
//
// A clinician may assign work to one client at `at` when:
//  1. the client's latest location attested at or before `at` is no older than `maxAgeDays`;
//  2. the clinician holds an authorization in that state with status ACTIVE, issued (if a date is
//     recorded) on or before `at`, expiring after `at`;
//  3. it was verified by the practice (verifiedAt set, not after `at`);
//  4. a compact privilege also needs its home-state licence to pass 2 and 3 (and to be in the
//     privilege's recorded home state);
//  5. residents practise under supervision, which Mend does not record yet: they are refused.

export const DAY_MS = 86_400_000;

export type AuthorizationFacts = {
  id: string;
  kind: AuthorizationKind;
  profession: Profession;
  state: string;
  status: LicenceStatus;
  compact: Compact | null;
  homeState: string | null;
  issuedAt: Date | null;
  expiresAt: Date;
  verifiedAt: Date | null;
  /** The home-state licence a privilege depends on (null when none is recorded or it is not the clinician's). */
  home: Omit<AuthorizationFacts, "home"> | null;
};

export type LocationFacts = { state: string; attestedAt: Date } | null;

export type DenialCode =
  | "location_unknown"
  | "location_stale"
  | "no_authorization"
  | "licence_not_active"
  | "licence_expired"
  | "licence_not_yet_valid"
  | "licence_unverified"
  | "privilege_home_invalid"
  | "resident_needs_supervisor";

export type AuthorizationSummary = {
  id: string;
  kind: AuthorizationKind;
  profession: Profession;
  status: LicenceStatus;
  compact: Compact | null;
  homeState: string | null;
  issuedAt: Date | null;
  expiresAt: Date;
};

export type PersonDecision =
  | { allowed: true; code: "allowed"; state: string; attestedAt: Date; authorization: AuthorizationSummary }
  | {
      allowed: false;
      code: DenialCode;
      state: string | null;
      attestedAt: Date | null;
      /** The authorization that came closest to passing, when there was one in the client's state. */
      authorization: AuthorizationSummary | null;
      maxAgeDays: number;
    };

type AuthOutcome =
  | { ok: true }
  | { ok: false; code: Exclude<DenialCode, "location_unknown" | "location_stale" | "no_authorization"> };

/** When several licences in the state fail, explain the one closest to passing. */
const CLOSENESS: Record<Exclude<AuthOutcome, { ok: true }>["code"], number> = {
  licence_unverified: 1,
  privilege_home_invalid: 2,
  resident_needs_supervisor: 3,
  licence_not_yet_valid: 4,
  licence_expired: 5,
  licence_not_active: 6,
};

/** Active, issued, unexpired and verified at `at` (the checks a privilege's home licence must pass too). */
export function authorizationStanding(a: Omit<AuthorizationFacts, "home">, at: Date): AuthOutcome {
  if (a.status !== "ACTIVE") return { ok: false, code: "licence_not_active" };
  if (a.expiresAt.getTime() <= at.getTime()) return { ok: false, code: "licence_expired" };
  if (a.issuedAt && a.issuedAt.getTime() > at.getTime()) return { ok: false, code: "licence_not_yet_valid" };
  if (!a.verifiedAt || a.verifiedAt.getTime() > at.getTime())
    return { ok: false, code: "licence_unverified" };
  return { ok: true };
}

export function evaluateAuthorization(a: AuthorizationFacts, at: Date): AuthOutcome {
  const own = authorizationStanding(a, at);
  if (!own.ok) return own;
  if (RESIDENT_PROFESSIONS.includes(a.profession)) return { ok: false, code: "resident_needs_supervisor" };
  if (a.kind === "COMPACT_PRIVILEGE") {
    const home = a.home;
    if (!home || home.kind === "COMPACT_PRIVILEGE") return { ok: false, code: "privilege_home_invalid" };
    if (a.homeState && home.state !== a.homeState) return { ok: false, code: "privilege_home_invalid" };
    if (!authorizationStanding(home, at).ok) return { ok: false, code: "privilege_home_invalid" };
  }
  return { ok: true };
}

function summary(a: AuthorizationFacts): AuthorizationSummary {
  return {
    id: a.id,
    kind: a.kind,
    profession: a.profession,
    status: a.status,
    compact: a.compact,
    homeState: a.homeState,
    issuedAt: a.issuedAt,
    expiresAt: a.expiresAt,
  };
}

export function isLocationStale(attestedAt: Date, at: Date, maxAgeDays: number): boolean {
  return at.getTime() - attestedAt.getTime() > maxAgeDays * DAY_MS;
}

/** One person: may this clinician (holding `authorizations`) assign work to them at `at`? */
export function evaluatePerson(input: {
  location: LocationFacts;
  authorizations: readonly AuthorizationFacts[];
  at: Date;
  maxAgeDays: number;
}): PersonDecision {
  const { location, authorizations, at, maxAgeDays } = input;
  if (!location)
    return {
      allowed: false,
      code: "location_unknown",
      state: null,
      attestedAt: null,
      authorization: null,
      maxAgeDays,
    };
  const base = { state: location.state, attestedAt: location.attestedAt, maxAgeDays };
  if (isLocationStale(location.attestedAt, at, maxAgeDays))
    return { allowed: false, code: "location_stale", authorization: null, ...base };

  const inState = authorizations.filter((a) => a.state === location.state);
  let closest: { a: AuthorizationFacts; code: keyof typeof CLOSENESS } | null = null;
  for (const a of inState) {
    const outcome = evaluateAuthorization(a, at);
    if (outcome.ok)
      return {
        allowed: true,
        code: "allowed",
        state: location.state,
        attestedAt: location.attestedAt,
        authorization: summary(a),
      };
    if (!closest || CLOSENESS[outcome.code] < CLOSENESS[closest.code]) closest = { a, code: outcome.code };
  }
  if (!closest) return { allowed: false, code: "no_authorization", authorization: null, ...base };
  return { allowed: false, code: closest.code, authorization: summary(closest.a), ...base };
}
