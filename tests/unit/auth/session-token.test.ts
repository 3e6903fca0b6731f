import { afterEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";

// The session cookie as next-auth writes it at sign-in, read back by lib/auth/sessions/token.ts: each
// distinct cookie is decrypted once and remembered, so these pin what remembering must not change.
const SECRET = vi.hoisted(() => {
  const secret = "unit-tests-session-secret-0123456789abcdef";
  process.env.NEXTAUTH_SECRET = secret;
  process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/unused";
  return secret;
});

const { decodeSessionCookie, forgetSessionTokens } = await import("@/lib/auth/sessions/token");

const COOKIE = "next-auth.session-token";
const cookieFor = (claims: Record<string, unknown>, options: { secret?: string; maxAge?: number } = {}) =>
  encode({
    token: { sub: "u1", ...claims },
    secret: options.secret ?? SECRET,
    maxAge: options.maxAge ?? 3600,
  });

afterEach(() => {
  vi.useRealTimers();
  forgetSessionTokens();
});

describe("session cookie", () => {
  it("gives the session id and version next-auth put in it, the same on every read", async () => {
    const jar = { [COOKIE]: await cookieFor({ sid: "s1", sv: 3 }) };
    const first = await decodeSessionCookie(jar);
    expect(first).toMatchObject({ sid: "s1", sv: 3, sub: "u1" });
    expect(await decodeSessionCookie(jar)).toEqual(first);
  });

  it("is null without a cookie, or with one that was tampered with or made with another secret", async () => {
    expect(await decodeSessionCookie({})).toBeNull();
    const good = await cookieFor({ sid: "s1", sv: 1 });
    const tampered = good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await decodeSessionCookie({ [COOKIE]: tampered })).toBeNull();
    expect(
      await decodeSessionCookie({
        [COOKIE]: await cookieFor({ sid: "s1", sv: 1 }, { secret: "another-secret-0123456789abcdef-xyz" }),
      }),
    ).toBeNull();
    expect(await decodeSessionCookie({ [COOKIE]: "not a token" })).toBeNull();
  });

  it("stops working when it expires, even after it was remembered", async () => {
    const jar = { [COOKIE]: await cookieFor({ sid: "s1", sv: 1 }, { maxAge: 60 }) };
    expect(await decodeSessionCookie(jar)).toMatchObject({ sid: "s1" });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 60_000 + 16_000); // past expiry and next-auth's 15 s tolerance
    expect(await decodeSessionCookie(jar)).toBeNull();
    forgetSessionTokens();
    expect(await decodeSessionCookie(jar)).toBeNull(); // and decrypting it afresh agrees
  });

  it("reads only the cookie next-auth sets over plain HTTP here, not the secure one's name", async () => {
    const value = await cookieFor({ sid: "s1", sv: 1 });
    expect(await decodeSessionCookie({ [`__Secure-${COOKIE}`]: value })).toBeNull();
  });
});
