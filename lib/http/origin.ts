import "server-only";
import { env } from "@/lib/env";
import { forbidden } from "@/lib/errors";

// The same-origin rule for every state change (API routes and server actions): the request must
// carry an Origin, and it must be Mend's own. Mend's own is its public URL (NEXTAUTH_URL), the
// address the request was sent to, and, only behind a configured trusted proxy
// (TRUSTED_PROXY_HOPS), the host that proxy forwarded. Anyone can send X-Forwarded-Host, so
// without a trusted proxy it never widens what is accepted.

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
  const forwardedHost = trustedForwarded(headers, "x-forwarded-host");
  if (forwardedHost) {
    const forwardedProto = trustedForwarded(headers, "x-forwarded-proto");
    const protocol =
      forwardedProto === "https" || forwardedProto === "http" ? `${forwardedProto}:` : publicUrl.protocol;
    const forwarded = originOf(protocol, forwardedHost);
    if (forwarded) own.add(forwarded);
  }
  return own;
}

/** State changes must come from our own pages: a foreign, `null` or missing Origin is refused. */
export function assertSameOrigin(headers: HeaderSource, requestUrl?: string): void {
  const origin = headers.get("origin");
  if (!origin || !ownOrigins(headers, requestUrl).has(origin))
    throw forbidden("This request did not come from Mend.");
}
