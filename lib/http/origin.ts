import "server-only";
import { env } from "@/lib/env";
import { forbidden } from "@/lib/errors";

// The same-origin rule for every state change (API routes and server actions): the request must
// carry an Origin, and it must be Mend's own: its public URL (NEXTAUTH_URL) or the address the
// request was sent to. X-Forwarded-Host never widens what is accepted, not even behind a trusted
// proxy: a browser on Mend's pages sends the public URL's origin, so a forwarded host adds nothing
// but a way to name a foreign origin (the trusted-proxy setting decides client addresses only).

type HeaderSource = Pick<Headers, "get">;

/** The entry the nearest trusted proxy wrote in a comma-separated X-Forwarded-* header, or null. */
export function trustedForwarded(
  headers: HeaderSource,
  name: string,
  hops = env().TRUSTED_PROXY_HOPS,
): string | null {
  if (hops <= 0) return null;
  const entries = (headers.get(name) ?? "").split(",").map((part) => part.trim());
  const entry = entries[entries.length - hops];
  return entry ? entry : null;
}

function originOf(protocol: string, host: string | null): string | null {
  if (!host) return null;
  const candidate = `${protocol}//${host}`;
  return URL.canParse(candidate) ? new URL(candidate).origin : null;
}

/** Origins that count as Mend's own for this request. `requestUrl`: the address a route handler was sent to. */
export function ownOrigins(headers: HeaderSource, requestUrl?: string): Set<string> {
  const publicUrl = new URL(env().NEXTAUTH_URL);
  const own = new Set([publicUrl.origin]);
  // Route handlers know the address they were sent to; server actions only see the Host header.
  const direct = requestUrl ? new URL(requestUrl).origin : originOf(publicUrl.protocol, headers.get("host"));
  if (direct) own.add(direct);
  return own;
}

/** State changes must come from our own pages: a foreign, `null` or missing Origin is refused. */
export function assertSameOrigin(headers: HeaderSource, requestUrl?: string): void {
  const origin = headers.get("origin");
  if (!origin || !ownOrigins(headers, requestUrl).has(origin))
    throw forbidden("This request did not come from Mend.");
}
