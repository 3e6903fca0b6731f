import { NextRequest } from "next/server";
import { CONNECTION_ADDRESS_HEADER } from "@/lib/http/request-meta";
import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in/credentials";
import { authOptions } from "@/lib/auth/options";
import { createPractice, createUser, TEST_PASSWORD, unique } from "../../support/factories";
import { freshIp, ORIGIN } from "./support";

// Failed sign-ins are throttled per account and per IP with the counters in PostgreSQL; the
// next-auth route answers a real 429 with Retry-After before next-auth runs.
const { POST: nextAuthPost } = await import("@/app/api/auth/[...nextauth]/route");

function credentialsCallback(email: string, ip: string) {
  return new NextRequest(new URL("/api/auth/callback/credentials", ORIGIN), {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: ORIGIN,
      [CONNECTION_ADDRESS_HEADER]: ip,
    },
    body: new URLSearchParams({ email, password: "whatever it is", csrfToken: "x", json: "true" }).toString(),
  });
}

const ctx = { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) };

type Provider = {
  options: { id: string; authorize: (credentials: unknown, req: unknown) => Promise<unknown> };
};
const passwordProvider = (authOptions.providers as unknown as Provider[]).find(
  (p) => p.options.id === "credentials",
)!;

describe("sign-in throttling over HTTP", () => {
  it("answers 429 with Retry-After once an account has 10 failures, from any address", async () => {
    const practice = await createPractice();
    const user = await createUser(practice.id, "CLINICIAN");
    for (let i = 0; i < 10; i++)
      await signInWithPassword({ email: user.email, password: `wrong ${i} here` }, { ip: freshIp() });

    const res = await nextAuthPost(credentialsCallback(user.email.toUpperCase(), freshIp()), ctx);
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(await res.json()).toMatchObject({ url: expect.stringContaining("/sign-in?error=RateLimited") });
    // Even the right password is refused while throttled, and the form is told why.
    await expect(
      passwordProvider.options.authorize(
        { email: user.email, password: TEST_PASSWORD },
        { headers: { [CONNECTION_ADDRESS_HEADER]: freshIp() } },
      ),
    ).rejects.toThrow("RateLimited");
  });

  it("answers 429 for any account once one address has 50 failures", async () => {
    const ip = freshIp();
    for (let i = 0; i < 50; i++)
      await signInWithPassword({ email: `${unique()}@spray.test`, password: "wrong password here" }, { ip });
    const practice = await createPractice();
    const user = await createUser(practice.id, "CLIENT");
    const res = await nextAuthPost(credentialsCallback(user.email, ip), ctx);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another address is not affected.
    expect(
      await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, { ip: freshIp() }),
    ).not.toBeNull();
  });

  it("counts failures in the shared PostgreSQL store, not in this process", async () => {
    const practice = await createPractice();
    const user = await createUser(practice.id, "CLIENT");
    await signInWithPassword({ email: user.email, password: "wrong password here" }, { ip: freshIp() });
    const { db } = await import("@/lib/db");
    const row = await db.rateLimiterFlexible.findUnique({ where: { key: `signin-account:${user.email}` } });
    expect(row?.points).toBe(1);
  });

  it("lets a correct sign-in clear the account's count", async () => {
    const practice = await createPractice();
    const user = await createUser(practice.id, "CLIENT");
    for (let i = 0; i < 9; i++)
      await signInWithPassword({ email: user.email, password: `wrong ${i} here` }, { ip: freshIp() });
    expect(
      await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, { ip: freshIp() }),
    ).not.toBeNull();
    for (let i = 0; i < 9; i++)
      await signInWithPassword({ email: user.email, password: `wrong ${i} again` }, { ip: freshIp() });
    expect(
      await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, { ip: freshIp() }),
    ).not.toBeNull();
  });
});
