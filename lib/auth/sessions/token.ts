import "server-only";
import { cookies } from "next/headers";
import { decode, getToken, type JWT } from "next-auth/jwt";
import { env } from "@/lib/env";

// Reads the session cookie next-auth set at sign-in, without running next-auth's whole session
// handler on every request. That handler derives the cookie key (HKDF), decrypts the cookie, then
// re-encrypts a refreshed one that a server component cannot even send back: measured, about a
// tenth of an API request's CPU. Here each distinct cookie is decrypted once per process and
// remembered until it expires. The cookie only names a session row (`sid`) and the user's
// `sessionVersion` (`sv`); lib/auth/sessions/store.ts checks both against the database on every request,
// so a revoked session stays revoked whatever is remembered here.

const CLOCK_TOLERANCE_S = 15; // as next-auth's own decode
const MAX_REMEMBERED = 10_000;

type Remembered = { secret: string; payload: JWT };
const remembered = new Map<string, Remembered>();

function stillValid(payload: JWT): boolean {
  const exp = typeof payload.exp === "number" ? payload.exp : 0;
  return exp + CLOCK_TOLERANCE_S > Date.now() / 1000;
}

/** next-auth's decode, remembered per cookie value (a Map in insertion order: oldest evicted first). */
async function rememberedDecode({
  token,
  secret,
}: {
  token?: string;
  secret: string | Buffer;
}): Promise<JWT | null> {
  if (!token) return null;
  const key = String(secret);
  const known = remembered.get(token);
  if (known && known.secret === key) {
    if (stillValid(known.payload)) return known.payload;
    remembered.delete(token);
    return null;
  }
  const payload = await decode({ token, secret });
  if (!payload) return null;
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  remembered.set(token, { secret: key, payload });
  return payload;
}

/** Secure (`__Secure-`) cookies whenever Mend is served over HTTPS: next-auth sets them so (lib/auth/options.ts). */
export function usesSecureCookies(): boolean {
  return env().NEXTAUTH_URL.startsWith("https://");
}

/** The session cookie's claims (`sid`, `sv`), or null when there is none or it does not decrypt. */
export async function readSessionToken(): Promise<JWT | null> {
  return decodeSessionCookie(Object.fromEntries((await cookies()).getAll().map((c) => [c.name, c.value])));
}

/** The claims of the session cookie in `jar` (cookie name to value). */
export async function decodeSessionCookie(jar: Record<string, string>): Promise<JWT | null> {
  const { NEXTAUTH_SECRET } = env();
  return getToken({
    // Cookies only: no `Authorization: Bearer` header is accepted as a session.
    req: { cookies: jar, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: NEXTAUTH_SECRET,
    // The same cookie name next-auth chose when it set it.
    secureCookie: usesSecureCookies(),
    decode: rememberedDecode,
  });
}

/** For tests: forget every remembered cookie. */
export function forgetSessionTokens(): void {
  remembered.clear();
}
