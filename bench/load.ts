import autocannon from "autocannon";
import type pg from "pg";
import { summarize, type Measurement } from "./stats";

// Two ways of putting the same concurrency on something: autocannon over HTTP (the app and the
// framework floor), and N in-process workers on a pg pool (the SQL floor). Latencies are taken
// from every response at sub-millisecond resolution (autocannon's own histogram rounds to 1 ms).

export type HttpRequestSpec = {
  method?: "GET" | "PUT" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Per-request setup (e.g. which assignment, which version); the result replaces method/path/headers/body. */
  setup?: () => { path: string; headers?: Record<string, string>; body?: string; token: unknown };
  /** Called with each answer of a request made through `setup`. */
  onResponse?: (status: number, body: string, token: unknown) => void;
};

export async function httpLoad(
  baseUrl: string,
  spec: HttpRequestSpec,
  options: { connections: number; seconds: number },
): Promise<Measurement> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const started = Date.now();
  const request: autocannon.Request = {
    method: spec.method ?? "GET",
    path: spec.path,
    ...(spec.headers ? { headers: spec.headers } : {}),
    ...(spec.body ? { body: spec.body } : {}),
  };
  if (spec.setup) {
    const setup = spec.setup;
    request.setupRequest = (req, context) => {
      const made = setup();
      (context as { token?: unknown }).token = made.token;
      return {
        ...req,
        path: made.path,
        headers: { ...req.headers, ...made.headers },
        ...(made.body !== undefined ? { body: made.body } : {}),
      };
    };
  }
  if (spec.onResponse) {
    const onResponse = spec.onResponse;
    request.onResponse = (status, body, context) =>
      onResponse(status, body, (context as { token?: unknown }).token);
  }
  const instance = autocannon(
    {
      url: baseUrl,
      connections: options.connections,
      duration: options.seconds,
      requests: [request],
      timeout: 30,
    },
    () => undefined,
  );
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    statuses[String(statusCode)] = (statuses[String(statusCode)] ?? 0) + 1;
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  instance.on("reqError", () => {
    statuses.error = (statuses.error ?? 0) + 1;
  });
  await new Promise<void>((resolve) => instance.on("done", () => resolve()));
  return summarize(latencies, statuses, (Date.now() - started) / 1000);
}

export type SqlCall = { text: string; values: unknown[]; after?: (result: pg.QueryResult) => void };

/**
 * `connections` workers each run `next(worker)` then its query, back to back, for `seconds` on a
 * pool of that many connections: the SQL floor under the same concurrency as the HTTP runs.
 */
export async function sqlLoad(
  pool: pg.Pool,
  next: (worker: number) => SqlCall,
  options: { connections: number; seconds: number },
): Promise<Measurement> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  const until = started + options.seconds * 1000;
  let firstError: unknown = null;
  await Promise.all(
    Array.from({ length: options.connections }, async (_, worker) => {
      while (performance.now() < until) {
        const call = next(worker);
        const t0 = performance.now();
        try {
          const result = await pool.query(call.text, call.values);
          latencies.push(performance.now() - t0);
          statuses["200"] = (statuses["200"] ?? 0) + 1;
          call.after?.(result);
        } catch (error) {
          firstError ??= error;
          statuses.error = (statuses.error ?? 0) + 1;
        }
      }
    }),
  );
  if (firstError && !statuses["200"]) throw firstError;
  return summarize(latencies, statuses, (performance.now() - started) / 1000);
}
