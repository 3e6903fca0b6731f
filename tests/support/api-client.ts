import path from "node:path";
import { NextRequest } from "next/server";
import { createApiClient, type ApiClient, type paths } from "@/lib/api-client";
import { API_OPERATIONS } from "@/lib/http/openapi";
import { TEST_ORIGIN } from "./route-session";

// The project's own API tests call the routes through the typed client generated from the OpenAPI
// document, so a route and its document cannot drift apart: a changed path, parameter, body or answer
// breaks the typecheck of these tests. The client's `fetch` does not go over the network: it finds the
// app/api/v1 route module whose path template matches (as Next's router would) and calls its handler
// in-process, so the tests keep running against the real services and PostgreSQL, with only "who is
// signed in" stood in for (./route-session).

type RouteHandler = (
  request: NextRequest,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

type Template = { template: string; pattern: RegExp; dynamicSegments: number };

// One entry per documented path; a literal segment beats a parameter (/invitations/accept before
// /invitations/{id}), as in Next's router.
const TEMPLATES: Template[] = [...new Set(API_OPERATIONS.map((op) => op.path))]
  .map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)")}$`),
    dynamicSegments: (template.match(/\{/g) ?? []).length,
  }))
  .sort((a, b) => a.dynamicSegments - b.dynamicSegments);

function routeFile(template: string): string {
  return path.join(process.cwd(), "app", template.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
}

function notFound(status: number, message: string): Response {
  return Response.json({ error: { code: "not_found", message, requestId: "test" } }, { status });
}

async function loadRoute(template: string) {
  return (await import(routeFile(template))) as Record<string, RouteHandler | undefined>;
}

/** Loads route modules ahead of a timed call, so the first call does not pay for the import. */
export async function preloadRoutes(...templates: (keyof paths)[]): Promise<void> {
  await Promise.all(templates.map(loadRoute));
}

/** A `fetch` that answers from the app's route handlers in this process. */
export async function routeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new NextRequest(input instanceof Request ? input : new Request(input, init));
  const pathname = request.nextUrl.pathname;
  const route = TEMPLATES.map((t) => ({ template: t.template, match: t.pattern.exec(pathname) })).find(
    (t) => t.match,
  );
  if (!route) return notFound(404, `No route for ${pathname}`);
  const routeModule = await loadRoute(route.template);
  const handler = routeModule[request.method];
  if (!handler) return notFound(405, `${request.method} is not a method of ${route.template}`);
  const params = Object.fromEntries(
    Object.entries(route.match!.groups ?? {}).map(([name, value]) => [name, decodeURIComponent(value)]),
  );
  return handler(request, { params: Promise.resolve(params) });
}

/**
 * The typed API client on the in-process transport, as a browser on our own origin would call it
 * (Origin set; pass `headers: { origin: null }` on a call to leave it out).
 */
export function testApiClient(headers: Record<string, string> = { origin: TEST_ORIGIN }): ApiClient {
  return createApiClient(TEST_ORIGIN, routeFetch, headers);
}

/**
 * A request the typed client would refuse to build (a body or address that breaks the documented
 * schema, on purpose), sent to the same in-process routes as a browser on our origin would send it.
 * Only for tests of malformed input. A header set to null is left out.
 */
export function sendRaw(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string | null> = {},
): Promise<Response> {
  const sent = new Headers({ "content-type": "application/json", origin: TEST_ORIGIN });
  for (const [name, value] of Object.entries(headers)) {
    if (value === null) sent.delete(name);
    else sent.set(name, value);
  }
  const init = { method, headers: sent, ...(body === undefined ? {} : { body: JSON.stringify(body) }) };
  return routeFetch(new Request(new URL(path, TEST_ORIGIN), init));
}

/** A call's status, headers and body (the answer, or the error body), read the way the tests assert on them. */
export async function settle<T, E>(call: Promise<{ data?: T; error?: E; response: Response }>) {
  const { data, error, response } = await call;
  return {
    status: response.status,
    headers: response.headers,
    body: (data ?? error ?? null) as Record<string, unknown> & {
      error?: { code: string; message: string; details?: unknown };
    },
  };
}
