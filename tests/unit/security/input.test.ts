import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { containsForbiddenText, inspectJson, MAX_JSON_DEPTH, readJsonBody } from "@/lib/http/body";
import { API_OPERATIONS } from "@/lib/http/openapi";
import { idParam } from "@/lib/http/operation";
import { isReadablePath } from "@/lib/security/request-path";

const request = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("JSON nesting", () => {
  it("refuses a body nested deeper than any Mend accepts with a 400, not a stack overflow", async () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    await expect(readJsonBody(request(deep))).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("nested"),
    });
    const objects = '{"a":'.repeat(5_000) + "1" + "}".repeat(5_000);
    await expect(readJsonBody(request(objects))).rejects.toMatchObject({ status: 400 });
  });

  it("accepts nesting up to the limit", async () => {
    const ok = "[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH);
    await expect(readJsonBody(request(ok))).resolves.toBeDefined();
    const tooDeep = "[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1);
    await expect(readJsonBody(request(tooDeep))).rejects.toMatchObject({ status: 400 });
  });

  it("walks without recursion, finding NUL and lone surrogates at any depth", () => {
    let value: unknown = "x\u0000";
    for (let i = 0; i < 50_000; i++) value = [value];
    expect(containsForbiddenText(value)).toBe(true);
    expect(inspectJson(value)).toBe("too_deep");
    expect(inspectJson({ a: [{ b: "fine 💔" }] })).toBeNull();
    expect(inspectJson({ ["k\ud800"]: 1 })).toBe("forbidden_text");
  });

  it("keeps prototype keys as plain data", async () => {
    const parsed = (await readJsonBody(
      request('{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}'),
    )) as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(Object.keys(parsed)).toEqual(["__proto__", "constructor"]);
  });
});

describe("ids and addresses", () => {
  it("accepts only opaque id strings: an operator object, an array or markup is refused", () => {
    for (const value of [
      { not: "" },
      { in: ["a"] },
      ["a"],
      1,
      null,
      "",
      "a b",
      "<script>",
      "x".repeat(65),
      "a\u0000",
      "../x",
    ]) {
      expect(idParam.safeParse(value).success, JSON.stringify(value)).toBe(false);
    }
    expect(idParam.safeParse("cmwyck0u3000pcv7d2xd04cld").success).toBe(true);
  });

  it("refuses malformed percent-encoding and NUL in paths, accepts the rest", () => {
    expect(isReadablePath("/clients/%C0%AF")).toBe(false);
    expect(isReadablePath("/api/v1/exercises/%FF")).toBe(false);
    expect(isReadablePath("/x/%E0%A4%A")).toBe(false);
    expect(isReadablePath("/x/%00")).toBe(false);
    expect(isReadablePath("/library/caf%C3%A9")).toBe(true);
    expect(isReadablePath("/api/v1/assignments/abc_DEF-123/response")).toBe(true);
  });
});

describe("size limits agree", () => {
  // next.config.js lets Next.js buffer at most this much of a body that passes through proxy.ts
  // (pages, and API bodies declared under 100 KB): every route's limit must fit under it, or a
  // legitimate body could be cut before the route reads it.
  const PROXY_BUFFER = 320 * 1024;

  it("every body limit fits in what the proxy buffers", () => {
    const config = readFileSync(path.join(process.cwd(), "next.config.js"), "utf8");
    expect(config).toMatch(/proxyClientMaxBodySize: "320kb"/);
    for (const op of API_OPERATIONS.filter((o) => o.body)) {
      expect(op.maxBodyBytes ?? 256 * 1024, `${op.method} ${op.path}`).toBeLessThanOrEqual(PROXY_BUFFER);
    }
  });
});
