import { describe, expect, it } from "vitest";
import { auditReason, explain } from "@/lib/jurisdiction/explain";
import { evaluatePerson, type AuthorizationFacts } from "@/lib/jurisdiction/rule";
import { warningFor } from "@/lib/licences/warnings";
import { licenceProblems } from "@/lib/licences/schemas";

const AT = new Date("2026-11-27T15:00:00Z");
const DAY = 86_400_000;

function licence(overrides: Partial<AuthorizationFacts> = {}): AuthorizationFacts {
  return {
    id: "lic-1",
    kind: "STATE_LICENSE",
    profession: "LMFT",
    state: "VA",
    status: "ACTIVE",
    compact: null,
    homeState: null,
    issuedAt: new Date(AT.getTime() - 400 * DAY),
    expiresAt: new Date(AT.getTime() + 200 * DAY),
    verifiedAt: new Date(AT.getTime() - 10 * DAY),
    home: null,
    ...overrides,
  };
}

const here = (state = "VA", daysAgo = 1) => ({ state, attestedAt: new Date(AT.getTime() - daysAgo * DAY) });
const decide = (
  authorizations: AuthorizationFacts[],
  location: ReturnType<typeof here> | null = here(),
  maxAgeDays = 90,
) => evaluatePerson({ location, authorizations, at: AT, maxAgeDays });

describe("evaluatePerson: the jurisdiction rule", () => {
  it("allows an active, unexpired, verified licence in the client's state", () => {
    const d = decide([licence()]);
    expect(d).toMatchObject({ allowed: true, code: "allowed", state: "VA", authorization: { id: "lic-1" } });
    expect(explain(d, "Jordan Lee", "America/New_York")).toMatch(
      /^Jordan is in Virginia, where your LMFT licence is active and verified/,
    );
  });

  it("refuses when there is no authorization in the client's state and says which state", () => {
    const d = decide([licence({ state: "TN" })]);
    expect(d).toMatchObject({ allowed: false, code: "no_authorization", state: "VA", authorization: null });
    expect(explain(d, "Jordan Lee", "America/Chicago")).toBe(
      "You can't assign work to Jordan: Jordan is in Virginia and you hold no active, verified Virginia licence or compact privilege.",
    );
    expect(auditReason(d)).toBe("no_authorization: no authorization recorded in VA");
    expect(auditReason(d)).not.toContain("Jordan");
  });

  it("words the same refusal for changing, reviewing and commenting on work (one rule)", () => {
    const d = decide([licence({ expiresAt: new Date(AT.getTime() - 1) })]);
    expect(explain(d, "Jordan Lee", "UTC", "change")).toBe(
      "You can't change Jordan's work: Jordan is in Virginia and your Virginia LMFT licence expired on November 27, 2026.",
    );
    expect(explain(d, "Jordan Lee", "UTC", "review")).toBe(
      "You can't review or comment on Jordan's work: Jordan is in Virginia and your Virginia LMFT licence expired on November 27, 2026.",
    );
  });

  it.each([
    ["SUSPENDED", "licence_not_active", /recorded as suspended/],
    ["EXPIRED", "licence_not_active", /recorded as expired/],
    ["PENDING", "licence_not_active", /recorded as pending/],
    ["REVOKED", "licence_not_active", /recorded as revoked/],
  ] as const)("refuses a licence with status %s", (status, code, words) => {
    const d = decide([licence({ status })]);
    expect(d).toMatchObject({ allowed: false, code });
    expect(explain(d, "Jordan", "UTC")).toMatch(words);
  });

  it("refuses an expired licence even while its status still says ACTIVE (no grace period)", () => {
    const d = decide([licence({ expiresAt: new Date(AT.getTime() - 1) })]);
    expect(d).toMatchObject({ allowed: false, code: "licence_expired" });
    expect(explain(d, "Jordan", "UTC")).toMatch(/expired on November 27, 2026/);
    // Expiring exactly at the moment of the check counts as expired.
    expect(decide([licence({ expiresAt: AT })]).code).toBe("licence_expired");
  });

  it("refuses an unverified licence, and one verified only after the time checked", () => {
    expect(decide([licence({ verifiedAt: null })])).toMatchObject({
      allowed: false,
      code: "licence_unverified",
    });
    expect(decide([licence({ verifiedAt: new Date(AT.getTime() + 1000) })]).code).toBe("licence_unverified");
  });

  it("refuses a licence that is not yet in effect", () => {
    expect(decide([licence({ issuedAt: new Date(AT.getTime() + DAY) })]).code).toBe("licence_not_yet_valid");
  });

  it("refuses residents: a supervisor would need to be on record", () => {
    const d = decide([licence({ profession: "RESIDENT_MFT" })]);
    expect(d.code).toBe("resident_needs_supervisor");
    expect(explain(d, "Jordan", "UTC")).toMatch(/needs a supervisor on record/);
    expect(decide([licence({ profession: "RESIDENT_COUNSELING" })]).code).toBe("resident_needs_supervisor");
  });

  describe("compact privileges", () => {
    const home = licence({ id: "home", state: "TN", profession: "LPC" });
    const privilege = (
      homeOverrides: Partial<AuthorizationFacts> | null = {},
      overrides: Partial<AuthorizationFacts> = {},
    ) =>
      licence({
        id: "priv",
        kind: "COMPACT_PRIVILEGE",
        profession: "LPC",
        compact: "COUNSELING",
        homeState: "TN",
        home: homeOverrides === null ? null : { ...home, ...homeOverrides },
        ...overrides,
      });

    it("allow practice when the home licence is active, current and verified", () => {
      expect(decide([privilege()])).toMatchObject({ allowed: true, authorization: { id: "priv" } });
    });

    it("are void when the home licence has lapsed, is unverified, is suspended or is missing", () => {
      expect(decide([privilege({ expiresAt: new Date(AT.getTime() - DAY) })]).code).toBe(
        "privilege_home_invalid",
      );
      expect(decide([privilege({ verifiedAt: null })]).code).toBe("privilege_home_invalid");
      expect(decide([privilege({ status: "SUSPENDED" })]).code).toBe("privilege_home_invalid");
      expect(decide([privilege(null)]).code).toBe("privilege_home_invalid");
      const d = decide([privilege({ status: "INACTIVE" })]);
      expect(explain(d, "Jordan", "UTC")).toMatch(
        /Counseling Compact privilege depends on your home-state licence in Tennessee/,
      );
    });

    it("are void when the home licence is not in the recorded home state (the clinician moved)", () => {
      expect(decide([privilege({ state: "KY" })]).code).toBe("privilege_home_invalid");
    });

    it("cannot rest on another privilege", () => {
      expect(decide([privilege({ kind: "COMPACT_PRIVILEGE" })]).code).toBe("privilege_home_invalid");
    });
  });

  describe("the client's location", () => {
    it("refuses when no location was ever given", () => {
      const d = decide([licence()], null);
      expect(d).toMatchObject({ allowed: false, code: "location_unknown", state: null });
      expect(explain(d, "Jordan", "UTC")).toMatch(/hasn't told Mend where they are/);
    });

    it("refuses a location older than the practice's limit, and accepts one exactly at it", () => {
      const stale = decide([licence()], here("VA", 91), 90);
      expect(stale).toMatchObject({ allowed: false, code: "location_stale", state: "VA" });
      expect(explain(stale, "Jordan", "UTC")).toMatch(/more than 90 days ago/);
      expect(decide([licence()], here("VA", 90), 90).allowed).toBe(true);
      expect(decide([licence()], here("VA", 10), 7).code).toBe("location_stale");
    });
  });

  it("passes when any one licence in the state passes, and otherwise explains the closest one", () => {
    expect(decide([licence({ id: "a", status: "SUSPENDED" }), licence({ id: "b" })])).toMatchObject({
      allowed: true,
      authorization: { id: "b" },
    });
    const d = decide([licence({ id: "a", status: "SUSPENDED" }), licence({ id: "b", verifiedAt: null })]);
    expect(d).toMatchObject({ code: "licence_unverified", authorization: { id: "b" } });
  });
});

describe("licence reminders", () => {
  const row = (daysLeft: number, status: "ACTIVE" | "REVOKED" = "ACTIVE") => ({
    id: "l",
    kind: "STATE_LICENSE" as const,
    profession: "LMFT" as const,
    compact: null,
    state: "TN",
    status,
    expiresAt: new Date(AT.getTime() + daysLeft * DAY + 3600_000),
  });

  it("warns at 60, 30 and 7 days, and once expired", () => {
    expect(warningFor(row(61), AT, "UTC")).toBeNull();
    expect(warningFor(row(60), AT, "UTC")?.level).toBe("60");
    expect(warningFor(row(31), AT, "UTC")?.level).toBe("60");
    expect(warningFor(row(30), AT, "UTC")?.level).toBe("30");
    expect(warningFor(row(8), AT, "UTC")?.level).toBe("30");
    expect(warningFor(row(7), AT, "UTC")?.level).toBe("7");
    expect(warningFor(row(0), AT, "UTC")).toMatchObject({
      level: "7",
      message: expect.stringMatching(/expires today/),
    });
    expect(warningFor(row(-2), AT, "UTC")).toMatchObject({
      level: "expired",
      message: expect.stringMatching(/expired on/),
    });
    expect(warningFor(row(25), AT, "UTC")?.message).toMatch(/Tennessee LMFT licence expires in 25 days/);
  });

  it("does not nag about a revoked licence", () => {
    expect(warningFor(row(5, "REVOKED"), AT, "UTC")).toBeNull();
  });
});

describe("licence field rules", () => {
  const base = {
    kind: "COMPACT_PRIVILEGE" as const,
    profession: "LPC" as const,
    state: "VA",
    compact: "COUNSELING" as const,
    homeState: "TN",
    homeAuthorizationId: "home",
    issuedAt: null,
    expiresAt: new Date(AT.getTime() + DAY),
  };

  it("accepts a complete Counseling Compact privilege for an LPC", () => {
    expect(licenceProblems(base)).toEqual([]);
  });

  it("refuses a Counseling Compact privilege for an LMFT (there is no MFT compact)", () => {
    expect(licenceProblems({ ...base, profession: "LMFT" })).toEqual([
      expect.objectContaining({
        path: "compact",
        message: expect.stringMatching(/no compact for marriage and family therapists/),
      }),
    ]);
  });

  it("needs a compact, a different home state and a home licence for a privilege", () => {
    const paths = licenceProblems({ ...base, compact: null, homeState: "VA", homeAuthorizationId: null }).map(
      (p) => p.path,
    );
    expect(paths).toEqual(["compact", "homeState", "homeAuthorizationId"]);
  });

  it("needs the expiry after the issue date", () => {
    expect(
      licenceProblems({ ...base, issuedAt: new Date(AT.getTime() + 2 * DAY) }).map((p) => p.path),
    ).toEqual(["expiresAt"]);
  });
});
