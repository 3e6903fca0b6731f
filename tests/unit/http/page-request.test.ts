import { describe, expect, it } from "vitest";
import { PAGE_BODY_LIMIT_BYTES, pageRequestProblem } from "@/lib/http/page-request";

// proxy.ts answers these page and server action requests with a 4xx before Next.js would answer 500.
const headers = (values: Record<string, string>) => new Headers(values);
const tree = (value: unknown) => encodeURIComponent(JSON.stringify(value));

describe("page requests Next.js would answer with a 500", () => {
  it("lets a normal navigation, a prefetch with a valid router state and a small form post through", () => {
    expect(pageRequestProblem("GET", headers({}))).toBeNull();
    expect(
      pageRequestProblem(
        "GET",
        headers({
          rsc: "1",
          "next-router-state-tree": tree(["", { children: ["home", {}, null, "refetch"] }, null, null]),
        }),
      ),
    ).toBeNull();
    expect(
      pageRequestProblem("POST", headers({ "content-length": "2048", "next-action": "abc" })),
    ).toBeNull();
    expect(pageRequestProblem("POST", headers({}))).toBeNull();
  });

  it("refuses a malformed router state with 400", () => {
    for (const bad of ["%E0%A4%A", "not json", tree({ children: [] }), tree(["", "x"]), "x".repeat(50_000)]) {
      expect(
        pageRequestProblem("GET", headers({ "next-router-state-tree": bad })),
        bad.slice(0, 20),
      ).toMatchObject({ status: 400 });
    }
  });

  it("refuses a body over the limit with 413 and one of unknown length with 411", () => {
    expect(
      pageRequestProblem("POST", headers({ "content-length": String(PAGE_BODY_LIMIT_BYTES + 1) })),
    ).toMatchObject({ status: 413 });
    expect(pageRequestProblem("POST", headers({ "content-length": "1e9" }))).toMatchObject({ status: 413 });
    expect(pageRequestProblem("POST", headers({ "transfer-encoding": "chunked" }))).toMatchObject({
      status: 411,
    });
    expect(
      pageRequestProblem("POST", headers({ "content-length": String(PAGE_BODY_LIMIT_BYTES) })),
    ).toBeNull();
  });
});
