import { expect, test, type APIResponse } from "@playwright/test";
import { apiSignIn } from "../support/api";

/** JSON from the API: a policy that allows nothing (JSON is never a document), and no caching. */
function expectApiHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["cache-control"]).toContain("no-store");
}

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["cache-control"]).toContain("no-store");
}

test.describe("response headers", () => {
  test("HTML, JSON and RSC answers carry the security headers and no-store", async ({
    playwright,
    baseURL,
  }) => {
    const request = await playwright.request.newContext({ baseURL });
    await apiSignIn(request, "alex", baseURL!);
    const html = await request.get("/home");
    expect(html.headers()["content-type"]).toContain("text/html");
    expectSecurityHeaders(html);
    const json = await request.get("/api/v1/me");
    expectApiHeaders(json);
    // With a body (which bypasses proxy.ts) and as an error, too.
    expectApiHeaders(
      await request.post("/api/v1/auth/password-check", {
        data: { password: "x" },
        headers: { Origin: baseURL! },
      }),
    );
    expectApiHeaders(await request.get("/api/v1/appointments"));
    const rsc = await request.get("/home", { headers: { RSC: "1" } });
    expect(rsc.headers()["content-type"]).toContain("text/x-component");
    expectSecurityHeaders(rsc);
    await request.dispose();
  });

  test("pages report CSP violations, and over HTTPS add HSTS and upgrade-insecure-requests", async ({
    request,
  }) => {
    const page = await request.get("/sign-in");
    expect(page.headers()["content-security-policy"]).toContain("report-uri /api/csp-report");
    expect(page.headers()["reporting-endpoints"]).toBe('csp="/api/csp-report"');
    expect(page.headers()["strict-transport-security"]).toBeUndefined();
    const https = await request.get("/sign-in", { headers: { "X-Forwarded-Proto": "https" } });
    expect(https.headers()["strict-transport-security"]).toMatch(/max-age=\d{8,}/);
    expect(https.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  test("each page gets a fresh nonce, and Next's scripts carry it", async ({ request }) => {
    const first = await request.get("/sign-in");
    const second = await request.get("/sign-in");
    const nonce = (r: APIResponse) =>
      /'nonce-([^']+)'/.exec(r.headers()["content-security-policy"] ?? "")?.[1];
    expect(nonce(first)).toBeTruthy();
    expect(nonce(first)).not.toBe(nonce(second));
    const body = await first.text();
    expect(body).toContain(`nonce="${nonce(first)}"`);
  });

  test("the session cookie is HttpOnly and SameSite=Lax", async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    await apiSignIn(request, "clinician", baseURL!);
    const { cookies } = await request.storageState();
    const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");
    await request.dispose();
  });
});

test.describe("authorization is not decided by the proxy", () => {
  const bypassHeaders: Record<string, string>[] = [
    { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
    { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
    {
      "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
    },
    { RSC: "1" },
    { "Next-Router-Prefetch": "1" },
    { "x-nextjs-data": "1" },
  ];

  for (const headers of bypassHeaders) {
    const label = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v.slice(0, 20)}`)
      .join(", ");

    test(`an anonymous request with ${label} is refused like a plain one`, async ({ request }) => {
      const api = await request.get("/api/v1/me", { headers });
      expect(api.status()).toBe(401);
      const page = await request.get("/dashboard", { headers });
      const body = await page.text();
      // Sent to sign-in (as a redirect, or inside the RSC payload), and nothing of the caseload.
      expect(page.url().includes("/sign-in") || body.includes("/sign-in")).toBe(true);
      expect(body).not.toContain("Your caseload");
      expect(body).not.toContain("Jordan");
    });

    test(`a client with ${label} still cannot reach clinician data`, async ({ playwright, baseURL }) => {
      const request = await playwright.request.newContext({ baseURL });
      await apiSignIn(request, "alex", baseURL!);
      const page = await request.get("/dashboard", { headers });
      const body = await page.text();
      expect(page.url().includes("/home") || body.includes("/home")).toBe(true);
      expect(body).not.toContain("Your caseload");
      expect(body).not.toContain("Jordan");
      const schedule = await request.get("/api/v1/appointments", { headers });
      expect(schedule.status()).toBe(403);
      await request.dispose();
    });
  }

  test("state changes from a foreign or null Origin are refused", async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    await apiSignIn(request, "clinician", baseURL!);
    const body = { clientId: "x", startsAt: new Date(Date.now() + 86_400_000).toISOString() };
    for (const origin of ["https://evil.example", "null"]) {
      const response = await request.post("/api/v1/appointments", {
        data: body,
        headers: { Origin: origin },
      });
      expect(response.status()).toBe(403);
    }
    const none = await request.post("/api/v1/appointments", { data: body, headers: { Origin: "" } });
    expect(none.status()).toBe(403);
    await request.dispose();
  });
});
