import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import { trustedForwarded } from "./origin";

// The one builder of "where did this request come from" for every entry point (API routes, the
// next-auth route, pages and server actions). The address is used for sign-in and email throttling
// and written into the audit trail, so it must not come from a header any client can set:
//
//  - TRUSTED_PROXY_HOPS=0 (the default): the TCP connection's address. Next.js does not hand that
//    to route handlers, so lib/http/connection-capture.ts (installed at boot by
//    instrumentation-node.ts) copies it into CONNECTION_ADDRESS_HEADER on every request, overwriting
//    whatever a client sent under that name. When the capture is not installed in this process the
//    address is "unknown": one shared bucket, never a forged one.
//  - TRUSTED_PROXY_HOPS=N: N reverse proxies we run sit in front, each appending the address it saw
//    to X-Forwarded-For; the client is the Nth entry from the right. Entries further left were
//    written by the client and are ignored.

export const CONNECTION_ADDRESS_HEADER = "x-mend-connection-address";
export const UNKNOWN_ADDRESS = "unknown";
const CAPTURE_FLAG = Symbol.for("mend.connection-address-capture");

export type RequestMeta = { requestId: string; ip: string; userAgent: string };
export type HeaderSource = { get(name: string): string | null };

/** Set by the capture once it is installed; only then is CONNECTION_ADDRESS_HEADER ours. */
export function markConnectionCaptureInstalled(): void {
  (globalThis as Record<symbol, unknown>)[CAPTURE_FLAG] = true;
}

function connectionCaptureInstalled(): boolean {
  return (globalThis as Record<symbol, unknown>)[CAPTURE_FLAG] === true;
}

/** An IPv4 or IPv6 address in a canonical-enough form for counting and the audit trail, or null. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  const text = raw?.trim().replace(/^\[(.*)\]$/, "$1") ?? "";
  if (!/^[0-9A-Fa-f:.]{2,45}$/.test(text) || !/[.:]/.test(text)) return null;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(text);
  return (mapped?.[1] ?? text).toLowerCase();
}

/** The connection's address as captured at the socket, or null when this process does not capture it. */
export function connectionAddress(headers: HeaderSource): string | null {
  return connectionCaptureInstalled() ? normaliseAddress(headers.get(CONNECTION_ADDRESS_HEADER)) : null;
}

export function trustedProxyHops(): number {
  return env().TRUSTED_PROXY_HOPS;
}

/**
 * The client's address: the connection's when no proxy is trusted, else the Nth X-Forwarded-For
 * entry from the right. Falls back to the connection's address, then "unknown", never to a
 * client-written entry.
 */
export function clientAddress(
  headers: HeaderSource,
  connection: string | null | undefined,
  hops: number = trustedProxyHops(),
): string {
  const fromConnection = normaliseAddress(connection) ?? UNKNOWN_ADDRESS;
  return normaliseAddress(trustedForwarded(headers, "x-forwarded-for", hops)) ?? fromConnection;
}

/** The client's address of a request, by the rules above. */
export function clientAddressOf(headers: HeaderSource): string {
  return clientAddress(headers, connectionAddress(headers));
}

/** Request id (x-request-id, or a fresh one), client address and user agent of a request. */
export function requestMetaFrom(headers: HeaderSource): RequestMeta {
  return {
    requestId: headers.get("x-request-id")?.slice(0, 100) || randomUUID(),
    ip: clientAddressOf(headers),
    userAgent: headers.get("user-agent")?.slice(0, 300) ?? "",
  };
}

/** next-auth hands `authorize` a plain header record rather than Headers. */
export function headerRecord(
  record: Record<string, string | string[] | undefined> | undefined,
): HeaderSource {
  return {
    get(name: string) {
      const value = record?.[name] ?? record?.[name.toLowerCase()];
      return (Array.isArray(value) ? value[0] : value) ?? null;
    },
  };
}

/** True for 127.0.0.0/8 and ::1 (used to keep development tools on this machine). */
export function isLoopback(address: string): boolean {
  return address === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}
