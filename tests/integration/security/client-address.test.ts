import http from "node:http";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPractice, createUser } from "../../support/factories";
import { setSessionCookie } from "../../support/session-cookie";
import { api, freshIp, ORIGIN } from "../auth/support";
import { settle } from "../../support/api-client";

// The address used for sign-in throttling and written into the audit trail comes from the
// connection, or from the configured trusted proxy (TRUSTED_PROXY_HOPS), never from a header any
// client can set. The connection's address reaches route handlers through the capture installed at
// boot (lib/http/connection-capture.ts); here it is installed in this worker, and requests carry the
// header the capture would have written.

vi.mock("next/headers", async (importOriginal) =>
  (await import("../../support/session-cookie")).withSessionCookie(importOriginal),
);
vi.resetModules();
afterAll(() => {
  vi.resetModules();
});

// Every app module is loaded after the reset, so the routes and this file share one lib/env.
const { authOptions } = await import("@/lib/auth/options");
const { db } = await import("@/lib/db");
const { forgetEnv } = await import("@/lib/env");
const { installConnectionCapture } = await import("@/lib/http/connection-capture");
const { clientAddressOf, CONNECTION_ADDRESS_HEADER } = await import("@/lib/http/request-meta");
const { POST: nextAuthPost } = await import("@/app/api/auth/[...nextauth]/route");

type Provider = {
  options: { id: string; authorize: (credentials: unknown, req: unknown) => Promise<unknown> };
};
const passwordProvider = (authOptions.providers as unknown as Provider[]).find(
  (p) => p.options.id === "credentials",
)!;

installConnectionCapture();

function trustProxies(hops: number): void {
  vi.stubEnv("TRUSTED_PROXY_HOPS", String(hops));
  forgetEnv();
}

beforeEach(() => {
  setSessionCookie(null);
  trustProxies(0);
});

afterEach(() => {
  vi.unstubAllEnvs();
  forgetEnv();
});

async function failedSignIn(headers: Record<string, string>): Promise<void> {
  await passwordProvider.options.authorize(
    { email: `nobody-${randomUUID()}@nowhere.test`, password: "not the password" },
    { headers },
  );
}

async function signInCounter(address: string): Promise<number | null> {
  return (
    (await db.rateLimiterFlexible.findUnique({ where: { key: `signin-ip:${address}` } }))?.points ?? null
  );
}

function credentialsCallback(headers: Record<string, string>) {
  return new NextRequest(new URL("/api/auth/callback/credentials", ORIGIN), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, ...headers },
    body: new URLSearchParams({
      email: "someone@nowhere.test",
      password: "whatever it is",
      csrfToken: "x",
      json: "true",
    }).toString(),
  });
}

async function resetRequestAuditIp(headers: Record<string, string>): Promise<string | null> {
  const practice = await createPractice();
  const user = await createUser(practice.id, "CLIENT");
  const res = await settle(
    api.POST("/api/v1/auth/password-reset/request", { body: { email: user.email }, headers }),
  );
  expect(res.status).toBe(202);
  const event = await db.auditEvent.findFirst({
    where: { subjectId: user.id, action: "auth.password_reset_requested" },
    select: { ip: true },
  });
  return event?.ip ?? null;
}

describe("client addresses", () => {
  it("the capture replaces whatever a client sent as the connection's address with the socket's", async () => {
    const server = http.createServer((req, res) => {
      const headers = new Headers(
        Object.entries(req.headers).map(([k, v]): [string, string] => [k, String(v)]),
      );
      res.end(
        JSON.stringify({
          captured: req.headers[CONNECTION_ADDRESS_HEADER],
          client: clientAddressOf(headers),
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { "X-Forwarded-For": "203.0.113.9", [CONNECTION_ADDRESS_HEADER]: "203.0.113.10" },
      });
      expect(await res.json()).toEqual({ captured: "127.0.0.1", client: "127.0.0.1" });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("with no trusted proxy, a forged X-Forwarded-For neither moves the sign-in throttle nor lands in the audit trail", async () => {
    const connection = freshIp();
    const forged = [freshIp(), freshIp(), freshIp()];
    for (const address of forged)
      await failedSignIn({ "x-forwarded-for": address, [CONNECTION_ADDRESS_HEADER]: connection });
    expect(await signInCounter(connection)).toBe(3);
    for (const address of forged) expect(await signInCounter(address)).toBeNull();

    // A connection that has used up its failures stays throttled whatever address it claims.
    await db.rateLimiterFlexible.update({ where: { key: `signin-ip:${connection}` }, data: { points: 50 } });
    const res = await nextAuthPost(
      credentialsCallback({ "x-forwarded-for": freshIp(), [CONNECTION_ADDRESS_HEADER]: connection }),
      {
        params: Promise.resolve({ nextauth: ["callback", "credentials"] }),
      },
    );
    expect(res.status).toBe(429);

    const claimed = freshIp();
    const other = freshIp();
    expect(
      await resetRequestAuditIp({ "x-forwarded-for": claimed, [CONNECTION_ADDRESS_HEADER]: other }),
    ).toBe(other);
    expect(await db.auditEvent.count({ where: { ip: claimed } })).toBe(0);
  });

  it("with TRUSTED_PROXY_HOPS=1, the address our proxy appended is used, not what the client wrote before it", async () => {
    trustProxies(1);
    const proxy = freshIp();
    const client = freshIp();
    const forged = freshIp();
    await failedSignIn({ "x-forwarded-for": `${forged}, ${client}`, [CONNECTION_ADDRESS_HEADER]: proxy });
    expect(await signInCounter(client)).toBe(1);
    expect(await signInCounter(forged)).toBeNull();
    expect(await signInCounter(proxy)).toBeNull();

    const audited = freshIp();
    expect(
      await resetRequestAuditIp({
        "x-forwarded-for": `${forged}, ${audited}`,
        [CONNECTION_ADDRESS_HEADER]: proxy,
      }),
    ).toBe(audited);
  });
});
