import { beforeEach, describe, expect, it, vi } from "vitest";
import { createAssignments } from "@/lib/assignments/service";
import { reassignCaseload } from "@/lib/data-rights/reassign";
import { db } from "@/lib/db";
import { confirmMyLocation } from "@/lib/locations/service";
import { testApiClient } from "../../support/api-client";
import { actorFor, createClient, createClinician, createPractice, createUser } from "../../support/factories";
import { signInForRoutes } from "../../support/route-session";

// Changing work is treatment (design/jurisdiction.md §2): through the API, a due date or note change
// for a client whose confirmed location is outside the clinician's active licences is a 422, for a
// single assignment, for a week of a repeat series, and after a caseload moved to such a clinician.
// (The service-level rule is tested in treatment.test.ts; this is what a browser or script gets.)

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));
const api = testApiClient();
beforeEach(() => signInForRoutes(null));

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const NO_VA = "Jordan is in Virginia and you hold no active, verified Virginia licence or compact privilege.";

async function patch(id: string, body: { dueAt?: string; note?: string | null; withdraw?: true }) {
  return api.PATCH("/api/v1/assignments/{id}", { params: { path: { id } }, body });
}

function expect422(result: Awaited<ReturnType<typeof patch>>) {
  expect(result.response.status).toBe(422);
  expect(result.error).toMatchObject({
    error: {
      code: "unprocessable",
      message: `You can't change Jordan's work: ${NO_VA}`,
      details: { reason: "jurisdiction" },
    },
  });
}

async function tnClinicianWithJordan(licences: { state: string }[] = [{ state: "TN" }]) {
  const practice = await createPractice();
  const clinician = actorFor(await createClinician(practice.id, licences));
  const client = actorFor(
    await createClient(practice.id, clinician.userId, { state: "TN", name: "Jordan Lee" }),
  );
  return { practice, clinician, client };
}

describe("PATCH /api/v1/assignments/{id} needs a licence where the client is now", () => {
  it("answers 422 for a due date or note change after the client confirmed Virginia, and changes nothing", async () => {
    const { clinician, client } = await tnClinicianWithJordan();
    const created = await createAssignments(clinician, {
      exercise: "weekly-trust-check-in",
      clientId: client.userId,
      dueAt: inDays(7),
      note: "Before our next appointment.",
    });
    const a = created.items[0]!;
    await confirmMyLocation(client, { state: "VA" });
    signInForRoutes(clinician);
    expect422(await patch(a.id, { dueAt: inDays(9) }));
    expect422(await patch(a.id, { note: "Changed my mind." }));
    expect422(await patch(a.id, { note: null }));
    const stored = await db.assignment.findUniqueOrThrow({ where: { id: a.id } });
    expect({ dueAt: stored.dueAt.toISOString(), note: stored.note }).toEqual({
      dueAt: a.dueAt,
      note: "Before our next appointment.",
    });
    // Withdrawing is not treatment: still allowed.
    expect((await patch(a.id, { withdraw: true })).response.status).toBe(200);
  });

  it("answers 422 for a later week of a repeat series", async () => {
    const { clinician, client } = await tnClinicianWithJordan();
    const series = await createAssignments(clinician, {
      exercise: "weekly-trust-check-in",
      clientId: client.userId,
      dueAt: inDays(1),
      repeatWeeklyUntil: inDays(15),
    });
    expect(series.items.length).toBeGreaterThan(1);
    await confirmMyLocation(client, { state: "VA" });
    signInForRoutes(clinician);
    const later = series.items[series.items.length - 1]!;
    expect422(await patch(later.id, { dueAt: new Date(Date.parse(later.dueAt) + DAY).toISOString() }));
  });

  it("answers 422 to the clinician a caseload was moved to, who holds no licence where the client is", async () => {
    const { practice, clinician, client } = await tnClinicianWithJordan([{ state: "TN" }, { state: "VA" }]);
    const created = await createAssignments(clinician, {
      exercise: "weekly-trust-check-in",
      clientId: client.userId,
      dueAt: inDays(7),
    });
    await confirmMyLocation(client, { state: "VA" });
    const admin = actorFor(await createUser(practice.id, "ADMIN"));
    const tnOnly = actorFor(await createClinician(practice.id, [{ state: "TN" }]));
    await reassignCaseload(
      admin,
      { fromClinicianId: clinician.userId, toClinicianId: tnOnly.userId, deactivate: false },
      {},
    );
    signInForRoutes(tnOnly);
    expect422(await patch(created.items[0]!.id, { dueAt: inDays(9) }));
    // The licensed clinician no longer holds the caseload: the work is not theirs to change.
    signInForRoutes(clinician);
    expect((await patch(created.items[0]!.id, { dueAt: inDays(9) })).response.status).toBe(404);
  });
});
