import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import type { AuditRequestMeta } from "./record";

/**
 * Request meta for pages and server actions (API routes get the same from lib/http/handle.ts):
 * x-request-id (or a fresh id), the first x-forwarded-for hop, the user agent.
 */
export async function pageRequestMeta(): Promise<Required<{ [K in keyof AuditRequestMeta]: string }>> {
  const h = await headers();
  return {
    requestId: h.get("x-request-id")?.slice(0, 100) || randomUUID(),
    ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip")?.trim() || "unknown",
    userAgent: h.get("user-agent")?.slice(0, 300) ?? "",
  };
}
