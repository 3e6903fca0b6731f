import { encode } from "next-auth/jwt";

// The browser's side of a signed-in request, for tests that call routes and lib/auth/session.ts
// directly: `next/headers`' cookies() (which needs a live request) is replaced by one that holds a
// real session cookie, encrypted by next-auth as at sign-in. Everything after it is the real path:
// lib/auth/sessions/token.ts decrypts the cookie, lib/auth/sessions/store.ts checks the session row.
// Use: vi.mock("next/headers", (original) => withSessionCookie(original)); then setSessionCookie(...).

type Claims = { sid: string; sv: number };
const holder = globalThis as unknown as { mendSessionCookie?: Claims | null };

export function setSessionCookie(claims: Claims | null): void {
  holder.mendSessionCookie = claims;
}

export async function withSessionCookie(importOriginal: () => Promise<unknown>) {
  const original = (await importOriginal()) as typeof import("next/headers");
  return {
    ...original,
    async cookies() {
      const claims = holder.mendSessionCookie;
      const value = claims ? await encode({ token: { sub: "test", ...claims }, secret: process.env.NEXTAUTH_SECRET! }) : null;
      const all = value ? [{ name: "next-auth.session-token", value }] : [];
      return { getAll: () => all, get: (name: string) => all.find((c) => c.name === name) };
    },
  };
}
