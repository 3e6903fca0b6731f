import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./schema";

export type { paths, components, operations } from "./schema";

/** A client of the /api/v1 JSON API, typed from its OpenAPI document (paths, params, bodies, answers). */
export type ApiClient = Client<paths>;

/**
 * A typed client for a Mend instance at `baseUrl` (its origin: the document's paths start at /api/v1).
 * `fetch` is the transport: the browser's or Node's, or one that serves requests in-process (tests).
 */
export function createApiClient(
  baseUrl: string,
  fetch: typeof globalThis.fetch = globalThis.fetch,
  headers?: Record<string, string>,
): ApiClient {
  return createClient<paths>({ baseUrl, fetch, headers });
}
