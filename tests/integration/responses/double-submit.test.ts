import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { testApiClient } from "../../support/api-client";
import { signInForRoutes } from "../../support/route-session";
import { assignmentScenario, assignSlowingDown, revisionCount, WAS_HURT } from "../assignments/support";

// The same answer sent twice at once (a double tap, a retry racing the original) over the API the
// completion page uses: one revision, one audit event, both requests answered without an error.

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const api = testApiClient();
const id = (value: string) => ({ params: { path: { id: value } } });

beforeEach(() => {
  signInForRoutes(null);
});

describe("double submit over HTTP", () => {
  it("two identical submits at once make one revision and one audit event; both are answered 200", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    signInForRoutes(s.actors.alex);
    const send = () =>
      api.POST("/api/v1/assignments/{id}/submit", { ...id(a.id), body: { version: 0, answers: WAS_HURT } });
    const [first, second] = await Promise.all([send(), send()]);
    expect([first.response.status, second.response.status]).toEqual([200, 200]);
    const bodies = [first.data!, second.data!];
    expect(bodies.map((b) => b.revision)).toEqual([1, 1]);
    expect(bodies.filter((b) => b.alreadySubmitted)).toHaveLength(1);
    expect(await revisionCount(a.id, s.actors.alex.userId)).toBe(1);
    const audits = await db.auditEvent.count({
      where: { action: "response.submitted", subjectId: a.id, clientId: s.actors.alex.userId },
    });
    expect(audits).toBe(1);
  });

  it("a draft save racing a submit of other answers: one revision, nothing lost, no server error", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    signInForRoutes(s.actors.alex);
    const later = { ...WAS_HURT, "feelings-in-words": { value: "Written a moment later.", shared: false } };
    const [submitResult, saveResult] = await Promise.all([
      api.POST("/api/v1/assignments/{id}/submit", { ...id(a.id), body: { version: 0, answers: WAS_HURT } }),
      api.PUT("/api/v1/assignments/{id}/response", { ...id(a.id), body: { version: 0, answers: later } }),
    ]);
    const [submitted, saved] = [submitResult.response, saveResult.response];
    // Whichever ran second saw version 0 taken: a clean 409 with the server's copy, never a 5xx.
    expect([200, 409]).toContain(submitted.status);
    expect([200, 409]).toContain(saved.status);
    expect([submitted.status, saved.status]).toContain(200);
    const stored = await db.response.findFirstOrThrow({
      where: { recipient: { assignmentId: a.id, clientId: s.actors.alex.userId } },
      select: { version: true, answers: true },
    });
    expect(stored.version).toBe(1);
    const winner = submitted.status === 200 ? WAS_HURT : later;
    expect((stored.answers as Record<string, { value: string }>)["feelings-in-words"]!.value).toBe(
      winner["feelings-in-words"].value,
    );
    expect(await revisionCount(a.id, s.actors.alex.userId)).toBe(submitted.status === 200 ? 1 : 0);
  });

  it("saves racing submissions round after round: never a deadlock or a 5xx, and nothing acknowledged is lost", async () => {
    // The one-statement save locks the Response row, then the copy; a submission locks the Response
    // row, then writes the copy. Same order, so they queue rather than deadlock (lib/responses/locks.ts).
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    signInForRoutes(s.actors.alex);
    let version = 0;
    for (let round = 1; round <= 6; round += 1) {
      const text = (who: string) => ({
        ...WAS_HURT,
        "feelings-in-words": { value: `${who} ${round}`, shared: false },
      });
      const [submitResult, saveResult] = await Promise.all([
        api.POST("/api/v1/assignments/{id}/submit", {
          ...id(a.id),
          body: { version, answers: text("sent") },
        }),
        api.PUT("/api/v1/assignments/{id}/response", {
          ...id(a.id),
          body: { version, answers: text("draft") },
        }),
      ]);
      const statuses = [submitResult.response.status, saveResult.response.status];
      expect(statuses.every((x) => x === 200 || x === 409)).toBe(true);
      expect(statuses).toContain(200);
      const stored = await db.response.findFirstOrThrow({
        where: { recipient: { assignmentId: a.id, clientId: s.actors.alex.userId } },
        select: { version: true, answers: true },
      });
      // Exactly one of the two wrote this round, and the stored copy is the one that was answered 200.
      expect(stored.version).toBe(version + 1);
      const winner = saveResult.response.status === 200 ? "draft" : "sent";
      expect((stored.answers as Record<string, { value: string }>)["feelings-in-words"]!.value).toBe(
        `${winner} ${round}`,
      );
      version = stored.version;
    }
  });
});
