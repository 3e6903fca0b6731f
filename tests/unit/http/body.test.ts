import { describe, expect, it } from "vitest";
import { containsForbiddenText, readJsonBody } from "@/lib/http/body";

const request = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("JSON bodies", () => {
  it("parses a normal body", async () => {
    await expect(readJsonBody(request(JSON.stringify({ a: "ünïcödé ✓" })))).resolves.toEqual({
      a: "ünïcödé ✓",
    });
  });

  it("answers 413 for a declared or actual oversized body", async () => {
    await expect(readJsonBody(request("{}", { "content-length": "999999" }), 1000)).rejects.toMatchObject({
      status: 413,
    });
    await expect(readJsonBody(request(JSON.stringify({ a: "x".repeat(5000) })), 1000)).rejects.toMatchObject({
      status: 413,
    });
  });

  it("answers 400 for broken JSON, broken UTF-8, NUL and lone surrogates", async () => {
    await expect(readJsonBody(request("{nope"))).rejects.toMatchObject({ status: 400 });
    await expect(readJsonBody(request(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d])))).rejects.toMatchObject(
      { status: 400 },
    );
    await expect(readJsonBody(request('{"a":"x\\u0000y"}'))).rejects.toMatchObject({ status: 400 });
    await expect(readJsonBody(request('{"a":"\\ud800"}'))).rejects.toMatchObject({ status: 400 });
    await expect(readJsonBody(request(""))).rejects.toMatchObject({ status: 400 });
  });

  it("finds forbidden text in nested keys and values but allows emoji", () => {
    expect(containsForbiddenText({ list: [{ "k\u0000": 1 }] })).toBe(true);
    expect(containsForbiddenText({ text: "I felt 💔 then 🙂" })).toBe(false);
  });
});
