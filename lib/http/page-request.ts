import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";

// Requests to pages (and so to their server actions) that Next.js would answer with a 500: checked
// in proxy.ts, before Next.js buffers the body or renders, and answered with the right 4xx.
//  - A malformed Next-Router-State-Tree header makes the render throw. It is checked with Next.js's
//    own parser, so what is refused here is exactly what would have failed there (the proxy sees
//    the router headers because next.config.js sets skipProxyUrlNormalize).
//  - A body larger than the server actions accept: Next.js's proxy buffer truncates it and its
//    action handler's own 413 comes out as a 500. Forms post a few KB; the limit is declared once here
//    and used for serverActions.bodySizeLimit in next.config.js. A body of unknown length
//    (chunked) is refused too, since its size cannot be checked before it is read.

/** Largest body a page or server action accepts (below next.config.js proxyClientMaxBodySize). */
export const PAGE_BODY_LIMIT_BYTES = 256 * 1024;

export type PageRequestProblem = { status: 400 | 411 | 413; message: string };

export function pageRequestProblem(method: string, headers: Pick<Headers, "get">): PageRequestProblem | null {
  const routerState = headers.get("next-router-state-tree");
  if (routerState !== null) {
    try {
      parseAndValidateFlightRouterState(routerState);
    } catch {
      return { status: 400, message: "This request's router state is not valid." };
    }
  }
  if (method !== "GET" && method !== "HEAD") {
    const length = headers.get("content-length");
    if (length === null) {
      if (headers.get("transfer-encoding") !== null)
        return { status: 411, message: "Send the request with a Content-Length." };
    } else if (!/^\d{1,12}$/.test(length) || Number(length) > PAGE_BODY_LIMIT_BYTES) {
      return { status: 413, message: "This request is too large." };
    }
  }
  return null;
}
