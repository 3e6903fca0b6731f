import { describe, expect, it } from "vitest";
import { assertCanManageAppointments, ownAppointmentsWhere } from "@/lib/policy/appointments";

describe("appointment policy", () => {
  it("lets clinicians keep a schedule and refuses clients and admins with a 403", () => {
    expect(() => assertCanManageAppointments({ role: "CLINICIAN" })).not.toThrow();
    for (const role of ["CLIENT", "ADMIN"] as const) {
      expect(() => assertCanManageAppointments({ role })).toThrowError(
        expect.objectContaining({ status: 403 }),
      );
    }
  });

  it("reaches only the acting clinician's own appointments in their own practice", () => {
    expect(ownAppointmentsWhere({ practiceId: "p1", userId: "c1" })).toEqual({
      practiceId: "p1",
      clinicianId: "c1",
    });
  });
});
