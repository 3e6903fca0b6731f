import { describe, expect, it } from "vitest";
import { holdsRole, rolesOf } from "@/lib/policy/actor";
import { ALL_PERMISSIONS, assertCan, can } from "@/lib/policy/permissions";

describe("permission vocabulary", () => {
  it("keeps client data actions away from the wrong roles", () => {
    expect(can({ role: "CLIENT" }, "write:response:own")).toBe(true);
    expect(can({ role: "CLINICIAN" }, "write:response:own")).toBe(false);
    expect(can({ role: "CLIENT" }, "assign:exercise:own")).toBe(false);
    expect(can({ role: "ADMIN" }, "assign:exercise:own")).toBe(false);
    expect(can({ role: "CLINICIAN" }, "read:audit")).toBe(false);
    expect(can({ role: "ADMIN" }, "read:audit")).toBe(true);
  });

  it("refuses with a 403 AppError", () => {
    expect(() => assertCan({ role: "CLIENT" }, "verify:licence")).toThrowError(
      expect.objectContaining({ status: 403 }),
    );
  });

  it("names every permission as verb:resource[:own]", () => {
    for (const permission of ALL_PERMISSIONS) expect(permission).toMatch(/^[a-z]+:[a-z-]+(:own)?$/);
  });
});

describe("an admin who also sees clients (solo practice)", () => {
  it("holds both roles' permissions; a plain admin and a clinician do not gain each other's", () => {
    const solo = { role: "ADMIN" as const, alsoClinician: true };
    expect(can(solo, "assign:exercise:own")).toBe(true);
    expect(can(solo, "read:caseload:own")).toBe(true);
    expect(can(solo, "manage:practice")).toBe(true);
    expect(can(solo, "write:response:own")).toBe(false);
    expect(can({ role: "ADMIN", alsoClinician: false }, "assign:exercise:own")).toBe(false);
    // The flag means nothing on another role.
    expect(can({ role: "CLINICIAN", alsoClinician: true }, "manage:practice")).toBe(false);
    expect(can({ role: "CLIENT", alsoClinician: true }, "assign:exercise:own")).toBe(false);
  });

  it("names the roles held, own role first", () => {
    expect(rolesOf({ role: "ADMIN", alsoClinician: true })).toEqual(["ADMIN", "CLINICIAN"]);
    expect(rolesOf({ role: "ADMIN" })).toEqual(["ADMIN"]);
    expect(holdsRole({ role: "CLINICIAN" }, "CLINICIAN")).toBe(true);
    expect(holdsRole({ role: "CLIENT", alsoClinician: true }, "CLINICIAN")).toBe(false);
  });
});
