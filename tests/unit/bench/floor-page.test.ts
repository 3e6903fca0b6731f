import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The page floor: inert without MEND_BENCH=1 (404 before the session is read), then the page gate's
// session check for any role, then fixed content with its one client component.

const session = vi.hoisted(() => ({ roles: [] as string[][], signedIn: true }));
vi.mock("@/lib/auth/session", () => ({
  requirePageActor: async (roles: readonly string[]) => {
    session.roles.push([...roles]);
    if (!session.signedIn) throw new Error("NEXT_REDIRECT /sign-in");
    return { userId: "u1", role: "CLIENT" };
  },
}));
const { default: BenchFloorPage } = await import("@/app/bench/floor/page");

const saved = process.env.MEND_BENCH;
beforeEach(() => {
  session.roles = [];
  session.signedIn = true;
});
afterEach(() => {
  if (saved === undefined) delete process.env.MEND_BENCH;
  else process.env.MEND_BENCH = saved;
});

const digestOf = (error: unknown) => (error as { digest?: string }).digest;

describe("the benchmark page floor (/bench/floor)", () => {
  it("is a 404 without MEND_BENCH=1, before the session is read", async () => {
    for (const value of [undefined, "true", "0"]) {
      if (value === undefined) delete process.env.MEND_BENCH;
      else process.env.MEND_BENCH = value;
      const error = await BenchFloorPage().catch((e: unknown) => e);
      expect(digestOf(error)).toMatch(/;404$/);
    }
    expect(session.roles).toEqual([]);
  });

  it("asks the page gate's session check for any role, and sends the signed-out to it", async () => {
    process.env.MEND_BENCH = "1";
    session.signedIn = false;
    await expect(BenchFloorPage()).rejects.toThrow(/NEXT_REDIRECT/);
    expect(session.roles).toEqual([["ADMIN", "CLINICIAN", "CLIENT"]]);
  });

  it("renders fixed content and the field it hydrates, with nothing personal in it", async () => {
    process.env.MEND_BENCH = "1";
    const html = renderToStaticMarkup(await BenchFloorPage());
    expect(html).toContain("<h1");
    expect(html).toContain("Benchmark floor");
    expect(html).toContain("Fixed item one");
    expect(html).toMatch(/<label for="floor-note"[^>]*>A note<\/label><textarea id="floor-note"/);
    expect(html).toContain("0 characters");
    expect(html).not.toContain("u1");
  });
});
