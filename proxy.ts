import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/headers";
import { isReadablePath } from "@/lib/security/request-path";
import { pageRequestProblem } from "@/lib/http/page-request";

// Headers for pages, and a 400 for addresses that cannot be decoded. Authorization is NOT decided
// here (a proxy can be skipped: CVE-2025-29927): every page and API route asks lib/auth/session.ts
// and the scoped services in lib/.
export function proxy(request: NextRequest) {
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";

  // Malformed percent-encoding or NUL in the address: a clean 400 here (Next.js would answer 500).
  if (!isReadablePath(request.nextUrl.pathname)) return refuse(400, "This address is not valid.", https);
  // API answers get their headers from next.config.js (the same for every API route).
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();

  // Page and server action requests Next.js would answer with a 500 (lib/http/page-request.ts).
  const problem = pageRequestProblem(request.method, request.headers);
  if (problem) return refuse(problem.status, problem.message, https);

  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Next.js reads the policy from the request to put the nonce on its own scripts.
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  // Pages may carry client data: never stored by browsers or shared caches.
  response.headers.set("Cache-Control", "no-store, max-age=0");
  return response;
}

const CODES = { 400: "bad_request", 411: "length_required", 413: "payload_too_large" } as const;

function refuse(status: keyof typeof CODES, message: string, https: boolean): NextResponse {
  const refused = NextResponse.json({ error: { code: CODES[status], message } }, { status });
  for (const [name, value] of Object.entries(securityHeaders({ https }))) refused.headers.set(name, value);
  refused.headers.set("Cache-Control", "no-store, max-age=0");
  return refused;
}

export const config = {
  matcher: [
    // Pages (with their RSC and server-action requests); not build assets (fingerprinted, public,
    // cacheable), not the API, and not the app's icons and manifest (app/favicon.ico, icon*,
    // apple-icon.png, manifest.ts: public files a browser fetches without cookies).
    {
      source:
        "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|icon1.png|icon2.png|apple-icon.png|manifest.webmanifest).*)",
    },
    // API requests, only for the address check above, when they carry no body or a declared one
    // under 100 KB. A larger or chunked body never passes through a proxy: Next.js would buffer it
    // and wait for all of it before a route could refuse it with 413 (lib/http/body.ts refuses at
    // the limit, while it is still arriving).
    {
      source: "/api/:path*",
      missing: [
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
    { source: "/api/:path*", has: [{ type: "header", key: "content-length", value: "\\d{1,5}" }] },
  ],
};
