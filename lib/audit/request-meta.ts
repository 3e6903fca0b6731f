import "server-only";
import { headers } from "next/headers";
import { requestMetaFrom, type RequestMeta } from "@/lib/http/request-meta";

/**
 * Request meta for pages and server actions, by the same rules as API routes
 * (lib/http/request-meta.ts): request id, the client's address, the user agent.
 */
export async function pageRequestMeta(): Promise<RequestMeta> {
  return requestMetaFrom(await headers());
}
