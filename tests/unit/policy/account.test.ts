import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  hasCaseload,
  homePathFor,
  isClientAccount,
  isStaff,
  mayUseEmailLink,
  mustSetUpTwoFactor,
  roleLabel,
  switchedStaffRole,
} from "@/lib/policy/account";

// The account's role rules are named once in lib/policy/account.ts; lib/auth, pages and components
// ask them instead of comparing roles themselves.

describe("account policy", () => {
  it("names the role rules of accounts", () => {
    expect(["ADMIN", "CLINICIAN", "CLIENT"].map((role) => isStaff(role as "ADMIN"))).toEqual([
      true,
      true,
      false,
    ]);
    expect([homePathFor("ADMIN"), homePathFor("CLINICIAN"), homePathFor("CLIENT")]).toEqual([
      "/admin",
      "/dashboard",
      "/home",
    ]);
    expect([
      hasCaseload({ role: "CLINICIAN", alsoClinician: false }),
      hasCaseload({ role: "ADMIN", alsoClinician: false }),
      hasCaseload({ role: "ADMIN", alsoClinician: true }),
      hasCaseload({ role: "CLIENT", alsoClinician: false }),
      isClientAccount("CLIENT"),
      isClientAccount("ADMIN"),
    ]).toEqual([true, false, true, false, true, false]);
    expect([
      roleLabel({ role: "ADMIN", alsoClinician: true }),
      roleLabel({ role: "ADMIN", alsoClinician: false }),
      roleLabel({ role: "CLINICIAN", alsoClinician: false }),
    ]).toEqual(["Practice admin and clinician", "Practice admin", "Clinician"]);
    expect([switchedStaffRole("ADMIN"), switchedStaffRole("CLINICIAN")]).toEqual(["CLINICIAN", "ADMIN"]);
  });

  it("gives emailed sign-in links to active clients with a password only", () => {
    expect(mayUseEmailLink({ role: "CLIENT", deactivatedAt: null, passwordHash: "x" })).toBe(true);
    expect(mayUseEmailLink({ role: "CLIENT", deactivatedAt: null, passwordHash: null })).toBe(false);
    expect(mayUseEmailLink({ role: "CLIENT", deactivatedAt: new Date(), passwordHash: "x" })).toBe(false);
    expect(mayUseEmailLink({ role: "CLINICIAN", deactivatedAt: null, passwordHash: "x" })).toBe(false);
  });

  it("asks staff of a practice that requires two-step, and only them, to set it up first", () => {
    const required = { requireTwoFactor: true };
    expect(mustSetUpTwoFactor({ role: "CLINICIAN", twoFactorEnabledAt: null }, required)).toBe(true);
    expect(mustSetUpTwoFactor({ role: "ADMIN", twoFactorEnabledAt: new Date() }, required)).toBe(false);
    expect(mustSetUpTwoFactor({ role: "CLIENT", twoFactorEnabledAt: null }, required)).toBe(false);
    expect(
      mustSetUpTwoFactor({ role: "CLINICIAN", twoFactorEnabledAt: null }, { requireTwoFactor: false }),
    ).toBe(false);
  });

  it("is the only place lib/auth, pages and components compare roles", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (
          /\.tsx?$/.test(entry.name) &&
          /\brole\s*[!=]==|[!=]==\s*"(ADMIN|CLINICIAN|CLIENT)"/.test(readFileSync(file, "utf8"))
        )
          offenders.push(file);
      }
    };
    for (const dir of ["lib/auth", "app", "components"]) walk(path.join(process.cwd(), dir));
    expect(offenders.map((file) => path.relative(process.cwd(), file))).toEqual([]);
  });
});
