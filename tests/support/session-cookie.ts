import { encode } from "next-auth/jwt";

// The browser's side of a signed-in request, for tests that call routes and lib/auth/session.ts
// directly: `next/headers`' cookies() (which needs a live request) is replaced by one that holds a
// real session cookie, encrypted by next-auth as at sign-in. Everything after it is the real path:
// lib/auth/sessions/token.ts decrypts the cookie, lib/auth/sessions/store.ts checks the session row.
// The request's other headers (for server actions: Origin, Host, X-Forwarded-*) are those a browser
// on our own origin sends, unless a test sets others with setRequestHeaders(...).
// Use: vi.mock("next/headers", (original) => withSessionCookie(original)); then setSessionCookie(...).

type Claims = { sid: string; sv: number };
const holder = globalThis as unknown as {
  mendSessionCookie?: Claims | null;
  mendRequestHeaders?: Record<string, string> | null;
};

export const BROWSER_HEADERS: Readonly<Record<string, string>> = {
  origin: "http://localhost:3000",
  host: "localhost:3000",
  "user-agent": "vitest",
};

export function setSessionCookie(claims: Claims | null): void {
  holder.mendSessionCookie = claims;
}

/** Headers of the next requests (null: back to BROWSER_HEADERS). */
export function setRequestHeaders(headers: Record<string, string> | null): void {
  holder.mendRequestHeaders = headers;
}

export async function withSessionCookie(importOriginal: () => Promise<unknown>) {
  const original = (await importOriginal()) as typeof import("next/headers");
  return {
    ...original,
    async cookies() {
      const claims = holder.mendSessionCookie;
      const value = claims
        ? await encode({ token: { sub: "test", ...claims }, secret: process.env.NEXTAUTH_SECRET! })
        : null;
      const all = value ? [{ name: "next-auth.session-token", value }] : [];
      return { getAll: () => all, get: (name: string) => all.find((c) => c.name === name) };
    },
    async headers() {
      return new Headers(holder.mendRequestHeaders ?? BROWSER_HEADERS);
    },
  };
}
