import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/bench/floor/route";

// The benchmark's framework floor must be inert in production: 404 unless MEND_BENCH=1.

const saved = process.env.MEND_BENCH;
afterEach(() => {
  if (saved === undefined) delete process.env.MEND_BENCH;
  else process.env.MEND_BENCH = saved;
});

describe("GET /api/bench/floor", () => {
  it("answers 404 without MEND_BENCH=1, with nothing of the fixed payload", async () => {
    delete process.env.MEND_BENCH;
    const res = GET();
    expect(res.status).toBe(404);
    expect(JSON.stringify(await res.json())).not.toContain("floor-1");
    process.env.MEND_BENCH = "true";
    expect(GET().status).toBe(404);
  });

  it("answers fixed JSON, uncached, when the server runs with MEND_BENCH=1", async () => {
    process.env.MEND_BENCH = "1";
    const res = GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toMatchObject({
      items: [{ id: "floor-1" }, { id: "floor-2" }],
      nextCursor: null,
    });
  });
});
