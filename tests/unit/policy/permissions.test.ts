import { describe, expect, it } from "vitest";
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
