import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { CONNECTION_ADDRESS_HEADER } from "@/lib/http/request-meta";
import { setRequestHeaders } from "../../support/session-cookie";

// /dev/outbox hands out reset and invitation links: only a development server shows it, and only
// over a loopback connection, whatever the flags and whatever the request claims.

vi.mock("next/headers", async (importOriginal) =>
  (await import("../../support/session-cookie")).withSessionCookie(importOriginal),
);
vi.resetModules();
afterAll(() => {
  vi.resetModules();
});
afterEach(() => {
  setRequestHeaders(null);
});

const { outboxPageAllowed } = await import("@/lib/mail/outbox");
const { installConnectionCapture } = await import("@/lib/http/connection-capture");
const { default: OutboxPage } = await import("@/app/dev/outbox/page");

installConnectionCapture();
const from = (connection: string, extra: Record<string, string> = {}) =>
  new Headers({ [CONNECTION_ADDRESS_HEADER]: connection, ...extra });

describe("the development outbox page", () => {
  it("is shown only by a development server to a loopback connection", () => {
    expect(outboxPageAllowed(from("127.0.0.1"), "development")).toBe(true);
    expect(outboxPageAllowed(from("::1"), "development")).toBe(true);
    expect(outboxPageAllowed(from("192.0.2.10"), "development")).toBe(false);
    // A header claiming loopback does not make a remote connection local.
    expect(outboxPageAllowed(from("192.0.2.10", { "x-forwarded-for": "127.0.0.1" }), "development")).toBe(
      false,
    );
    expect(outboxPageAllowed(new Headers(), "development")).toBe(false);
  });

  it("is never shown by a production or test server, whatever MEND_OUTBOX_IN_PRODUCTION says", async () => {
    vi.stubEnv("MEND_OUTBOX_IN_PRODUCTION", "1");
    try {
      for (const nodeEnv of ["production", "test", undefined])
        expect(outboxPageAllowed(from("127.0.0.1"), nodeEnv)).toBe(false);
      // The page itself, in this (test) server, asked from loopback: a 404.
      setRequestHeaders({ [CONNECTION_ADDRESS_HEADER]: "127.0.0.1" });
      await expect(OutboxPage({ searchParams: Promise.resolve({}) })).rejects.toMatchObject({
        digest: expect.stringContaining("404"),
      });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
