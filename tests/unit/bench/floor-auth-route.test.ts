import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/policy/actor";

// The authenticated floor: inert without MEND_BENCH=1, 401 without a session, fixed JSON with one.

const session = vi.hoisted(() => ({ actor: null as Actor | null, asked: 0 }));
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => {
    session.asked += 1;
    return session.actor;
  },
}));
const { GET } = await import("@/app/api/bench/floor/auth/route");

const saved = process.env.MEND_BENCH;
beforeEach(() => {
  session.actor = null;
  session.asked = 0;
});
afterEach(() => {
  if (saved === undefined) delete process.env.MEND_BENCH;
  else process.env.MEND_BENCH = saved;
});

const actor: Actor = {
  userId: "u1",
  practiceId: "p1",
  role: "CLIENT",
  name: "A",
  email: "a@example.test",
  sessionId: "s1",
  timeZone: "UTC",
};

describe("GET /api/bench/floor/auth", () => {
  it("answers 404 without MEND_BENCH=1, before looking at the session", async () => {
    delete process.env.MEND_BENCH;
    session.actor = actor;
    expect((await GET()).status).toBe(404);
    expect(session.asked).toBe(0);
  });

  it("answers 401 without a session and fixed JSON with one", async () => {
    process.env.MEND_BENCH = "1";
    expect((await GET()).status).toBe(401);
    session.actor = actor;
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ items: [{ id: "floor-1" }, { id: "floor-2" }], nextCursor: null });
  });
});
