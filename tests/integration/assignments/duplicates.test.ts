import { beforeEach, describe, expect, it, vi } from "vitest";
import { createAssignments, updateAssignment } from "@/lib/assignments/service";
import { db } from "@/lib/db";
import { testApiClient } from "../../support/api-client";
import { signInForRoutes } from "../../support/route-session";
import { assignCheckIn, assignmentScenario, assignSlowingDown, inAWeek } from "./support";

// Issue 19: giving an exercise that is already open for the same people warns (409 duplicate with the
// open copies) and sends another only when confirmed (allowDuplicate).

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));
const api = testApiClient();
beforeEach(() => signInForRoutes(null));

describe("the same exercise already open for the same people", () => {
  it("is refused with the open copy named, until confirmed; closed, other people's or other exercises are not duplicates", async () => {
    const s = await assignmentScenario();
    const first = await assignSlowingDown(s);
    const again = assignSlowingDown(s);
    await expect(again).rejects.toMatchObject({
      status: 409,
      details: {
        reason: "duplicate",
        open: [{ id: first.id, dueAt: first.dueAt, hasNote: true, createdAt: expect.any(String) }],
      },
    });
    const before = await db.assignment.count({ where: { coupleId: s.couple.id } });
    expect(before).toBe(1);

    const confirmed = await assignSlowingDown(s, { allowDuplicate: true });
    expect(confirmed.id).not.toBe(first.id);

    // One partner on their own is other people: not a duplicate of the couple's work.
    await createAssignments(s.actors.clinician, {
      exercise: "slowing-down",
      clientId: s.actors.alex.userId,
      perspectives: { [s.actors.alex.userId]: "was-hurt" },
      dueAt: inAWeek(),
    });
    // Another exercise for the individual client is fine; the same one twice is not.
    await assignCheckIn(s);
    await expect(assignCheckIn(s)).rejects.toMatchObject({ status: 409, details: { reason: "duplicate" } });

    // Withdrawn work is not open any more.
    await updateAssignment(s.actors.clinician, first.id, { withdraw: true });
    await updateAssignment(s.actors.clinician, confirmed.id, { withdraw: true });
    await expect(assignSlowingDown(s)).resolves.toMatchObject({ status: "ACTIVE" });
  });

  it("over HTTP: 409 with reason duplicate, then 201 with allowDuplicate", async () => {
    const s = await assignmentScenario();
    await assignCheckIn(s);
    signInForRoutes(s.actors.clinician);
    const body = { exercise: "weekly-trust-check-in", clientId: s.client.id, dueAt: inAWeek() };
    const refused = await api.POST("/api/v1/assignments", { body });
    expect(refused.response.status).toBe(409);
    expect(refused.error).toMatchObject({ error: { code: "conflict", details: { reason: "duplicate" } } });
    const sent = await api.POST("/api/v1/assignments", { body: { ...body, allowDuplicate: true } });
    expect(sent.response.status).toBe(201);
  });
});
