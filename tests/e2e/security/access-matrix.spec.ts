import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { API_ACCESS, PAGE_ACCESS, type ApiExpect, type PageExpect } from "./access-table";
import {
  CALLER_ROLE,
  CALLERS,
  createThrowaways,
  days,
  discoverDemoIds,
  signedIn,
  signInCallers,
  STAND_IN_EMAIL,
  type Caller,
  type DemoIds,
  type Throwaways,
} from "./support";

// The request-level access matrix: every /api/v1 operation in the OpenAPI document and every page of
// the clinician, client and admin areas, as every demo role, an anonymous caller and the other
// practice, against the one table in access-table.ts. State-changing calls carry our Origin and a
// body that passes the access decision but is then refused or changes nothing (or acts on throwaway
// resources made here), so no demo data another spec relies on changes.

type OpenApi = { paths: Record<string, Record<string, { "x-mend-access": string }>> };

/** How to call one operation: the concrete path, query and body, and whether stand-ins make the call. */
type Call = { path: string; body?: unknown; standIn?: true };

const HOME: Record<"ADMIN" | "CLINICIAN" | "CLIENT", string> = {
  ADMIN: "/admin",
  CLINICIAN: "/dashboard",
  CLIENT: "/home",
};

function calls(ids: DemoIds, t: Throwaways): Record<string, Call> {
  const couple = `/api/v1/assignments/${ids.coupleAssignmentId}`;
  const fresh = `/api/v1/assignments/${t.assignmentId}`;
  const noSuchPrompt = { version: 0, answers: { "no-such-prompt": { value: "x", shared: false } } };
  return {
    "GET /api/v1/me": { path: "/api/v1/me" },
    "GET /api/v1/exercises": { path: "/api/v1/exercises" },
    "POST /api/v1/exercises": { path: "/api/v1/exercises", body: {} },
    "GET /api/v1/exercises/{slug}": { path: `/api/v1/exercises/${t.customSlug}` },
    // A stale expectedVersion: 409 for the owner, after the access decision.
    "PATCH /api/v1/exercises/{slug}": {
      path: `/api/v1/exercises/${t.customSlug}`,
      body: { shared: false, expectedVersion: 999_999 },
    },
    // A third partner for Alex & Sam: 409 for the owner (the couple is full), after the couple check.
    "POST /api/v1/invitations": {
      path: "/api/v1/invitations",
      body: {
        role: "CLIENT",
        email: `third-${Date.now()}@invitee.mend.test`,
        name: "Someone",
        couple: { mode: "existing", coupleId: ids.coupleId },
      },
    },
    "GET /api/v1/invitations": { path: "/api/v1/invitations" },
    // Already revoked: revoking again changes nothing, re-sending is a 409.
    "POST /api/v1/invitations/{id}/revoke": { path: `/api/v1/invitations/${t.invitationId}/revoke` },
    "POST /api/v1/invitations/{id}/resend": { path: `/api/v1/invitations/${t.invitationId}/resend` },
    "POST /api/v1/invitations/accept": { path: "/api/v1/invitations/accept", body: { token: "too-short" } },
    "GET /api/v1/licences": { path: "/api/v1/licences" },
    "POST /api/v1/licences": { path: "/api/v1/licences", body: {} },
    // The same number again: nothing changes.
    "PATCH /api/v1/licences/{id}": {
      path: `/api/v1/licences/${ids.licence.id}`,
      body: { number: ids.licence.number },
    },
    "POST /api/v1/licences/{id}/verify": { path: `/api/v1/licences/${ids.licence.id}/verify`, body: {} },
    "GET /api/v1/jurisdiction/check": { path: `/api/v1/jurisdiction/check?clientId=${ids.jordanId}` },
    "GET /api/v1/clients": { path: "/api/v1/clients" },
    "GET /api/v1/clients/{id}": { path: `/api/v1/clients/${ids.jordanId}` },
    // Jordan is an individual client, never screened: recording "not yet" changes nothing.
    "PUT /api/v1/clients/{id}/safety-screen": {
      path: `/api/v1/clients/${ids.jordanId}/safety-screen`,
      body: { outcome: "NOT_YET" },
    },
    // Unconfirmed (422) or not discharged (409): allowed, and nothing changes.
    "POST /api/v1/clients/{id}/discharge": {
      path: `/api/v1/clients/${ids.jordanId}/discharge`,
      body: { confirm: "not yet" },
    },
    "POST /api/v1/clients/{id}/readmit": { path: `/api/v1/clients/${ids.jordanId}/readmit` },
    "POST /api/v1/couples/{id}/discharge": {
      path: `/api/v1/couples/${ids.coupleId}/discharge`,
      body: { confirm: "not yet" },
    },
    "POST /api/v1/couples/{id}/readmit": { path: `/api/v1/couples/${ids.coupleId}/readmit` },
    "POST /api/v1/clients/{id}/close": {
      path: `/api/v1/clients/${ids.jordanId}/close`,
      body: { confirm: "not yet" },
    },
    "GET /api/v1/me/location": { path: "/api/v1/me/location" },
    "POST /api/v1/me/location": { path: "/api/v1/me/location", body: {} },
    "POST /api/v1/auth/password-reset/request": { path: "/api/v1/auth/password-reset/request", body: {} },
    "POST /api/v1/auth/password-reset": { path: "/api/v1/auth/password-reset", body: {} },
    "POST /api/v1/auth/magic-link/request": { path: "/api/v1/auth/magic-link/request", body: {} },
    "POST /api/v1/auth/password-check": {
      path: "/api/v1/auth/password-check",
      body: { password: "correct horse battery staple" },
    },
    "POST /api/v1/auth/password": { path: "/api/v1/auth/password", body: {} },
    "GET /api/v1/auth/sessions": { path: "/api/v1/auth/sessions" },
    // Ends the caller's own sessions: made by seeded stand-ins of the caller's role.
    "POST /api/v1/auth/sign-out-everywhere": { path: "/api/v1/auth/sign-out-everywhere", standIn: true },
    "GET /api/v1/auth/two-factor": { path: "/api/v1/auth/two-factor" },
    "GET /api/v1/practice/security": { path: "/api/v1/practice/security" },
    "GET /api/v1/practice/settings": { path: "/api/v1/practice/settings" },
    "PATCH /api/v1/practice/security": { path: "/api/v1/practice/security", body: {} },
    "PATCH /api/v1/practice/settings": { path: "/api/v1/practice/settings", body: {} },
    // The seeded target is a clinician already: no change.
    "PATCH /api/v1/people/{id}/role": {
      path: `/api/v1/people/${ids.targetUserId}/role`,
      body: { role: "CLINICIAN" },
    },
    "POST /api/v1/people/{id}/deactivate": { path: `/api/v1/people/${ids.targetUserId}/deactivate` },
    "POST /api/v1/people/{id}/reactivate": { path: `/api/v1/people/${ids.targetUserId}/reactivate` },
    "POST /api/v1/people/{id}/sign-out-everywhere": {
      path: `/api/v1/people/${ids.targetUserId}/sign-out-everywhere`,
    },
    "GET /api/v1/appointments": { path: "/api/v1/appointments" },
    // In the past: 422 for the owner, after the caseload check.
    "POST /api/v1/appointments": {
      path: "/api/v1/appointments",
      body: { clientId: ids.jordanId, startsAt: days(-3) },
    },
    "PATCH /api/v1/appointments/{id}": {
      path: `/api/v1/appointments/${ids.coupleAppointment.id}`,
      body: { durationMinutes: ids.coupleAppointment.durationMinutes },
    },
    "DELETE /api/v1/appointments/{id}": { path: `/api/v1/appointments/${t.appointmentId}` },
    "GET /api/v1/me/appointments": { path: "/api/v1/me/appointments" },
    "GET /api/v1/me/appointments/{id}/calendar": {
      path: `/api/v1/me/appointments/${ids.coupleAppointment.id}/calendar`,
    },
    "GET /api/v1/calendar-feed/{token}": { path: `/api/v1/calendar-feed/${"x".repeat(43)}.ics` },
    "GET /api/v1/assignments": { path: "/api/v1/assignments" },
    // Due yesterday: 400 for the owner, after the caseload check.
    "POST /api/v1/assignments": {
      path: "/api/v1/assignments",
      body: { exercise: "slowing-down", coupleId: ids.coupleId, dueAt: days(-1) },
    },
    "GET /api/v1/assignments/{id}": { path: couple },
    "PATCH /api/v1/assignments/{id}": { path: couple, body: { dueAt: days(-1) } },
    "GET /api/v1/assignments/{id}/response": { path: `${couple}/response` },
    // An answer to a prompt the exercise does not have: 400 for a recipient, after the access decision.
    "PUT /api/v1/assignments/{id}/response": { path: `${couple}/response`, body: noSuchPrompt },
    "POST /api/v1/assignments/{id}/submit": { path: `${couple}/submit`, body: noSuchPrompt },
    "GET /api/v1/assignments/{id}/comments": { path: `${couple}/comments` },
    // On the fresh assignment: a private note (only its owner ever sees it), and "reviewed" with nothing sent (409).
    "POST /api/v1/assignments/{id}/comments": {
      path: `${fresh}/comments`,
      body: { kind: "PRIVATE_NOTE", body: "Access matrix check." },
    },
    "POST /api/v1/assignments/{id}/review": { path: `${fresh}/review`, body: { action: "reviewed" } },
    // The throwaway private note on the fresh assignment: its author may change it, then withdraw it
    // (a second withdrawal or a change after it is a 409, still after the access decision).
    "PATCH /api/v1/comments/{id}": {
      path: `/api/v1/comments/${t.commentId}`,
      body: { body: "Access matrix check, changed." },
    },
    "DELETE /api/v1/comments/{id}": { path: `/api/v1/comments/${t.commentId}` },
    "GET /api/v1/prep/clients/{id}": { path: `/api/v1/prep/clients/${ids.jordanId}` },
    "GET /api/v1/prep/couples/{id}": { path: `/api/v1/prep/couples/${ids.coupleId}` },
    "GET /api/v1/audit-events": { path: "/api/v1/audit-events" },
    "GET /api/v1/me/export": { path: "/api/v1/me/export" },
    "POST /api/v1/me/close": { path: "/api/v1/me/close", body: { confirm: "not yet" } },
    "GET /api/v1/threads": { path: "/api/v1/threads" },
    "POST /api/v1/threads": { path: "/api/v1/threads", body: { clientId: ids.jordanId } },
    "PATCH /api/v1/threads/{id}": { path: `/api/v1/threads/${t.threadId}`, body: { archived: false } },
    "GET /api/v1/threads/{id}/messages": { path: `/api/v1/threads/${t.threadId}/messages` },
    // Whoever may write sends one short message to Jordan's thread (the matrix's own subject).
    "POST /api/v1/threads/{id}/messages": {
      path: `/api/v1/threads/${t.threadId}/messages`,
      body: {
        body: "Access check",
        idempotencyKey: `matrix-${Date.now()}-${Math.random().toString(36).slice(2)}`,
      },
    },
    "POST /api/v1/threads/{id}/read": { path: `/api/v1/threads/${t.threadId}/read`, body: {} },
    "GET /api/v1/me/office-hours": { path: "/api/v1/me/office-hours" },
    "PUT /api/v1/me/office-hours": {
      path: "/api/v1/me/office-hours",
      body: { note: "I usually reply within two working days." },
    },
  };
}

function decision(status: number): ApiExpect {
  if (status === 401 || status === 403 || status === 404) return status;
  return "A";
}

/** Page routes of the three signed-in areas, from the file system: app/(area)/**\/page.tsx. */
function pageRoutes(): string[] {
  const routes: string[] = [];
  for (const area of ["(clinician)", "(client)", "(admin)"]) {
    const root = path.join(process.cwd(), "app", area);
    for (const file of readdirSync(root, { recursive: true }) as string[]) {
      if (path.basename(file) !== "page.tsx") continue;
      const dir = path
        .dirname(file)
        .split(path.sep)
        .filter((s) => s !== "." && !/^\(.*\)$/.test(s));
      routes.push(`/${dir.join("/")}`.replace(/\/$/, "") || "/");
    }
  }
  return routes.sort();
}

function concretePage(route: string, ids: DemoIds, t: Throwaways): string {
  const values: Record<string, string> = {
    "/clients/[id]": ids.jordanId,
    "/clients/couples/[id]": ids.coupleId,
    "/assign/[id]": ids.coupleAssignmentId,
    "/assignments/[id]": ids.coupleAssignmentId,
    "/library/[slug]": t.customSlug,
    "/library/[slug]/edit": t.customSlug,
    "/prep/clients/[id]": ids.jordanId,
    "/prep/couples/[id]": ids.coupleId,
    "/admin/people/[id]": ids.clinicianUserId,
    "/inbox/[id]": t.threadId,
    "/messages/[id]": t.threadId,
  };
  if (!route.includes("[")) return route;
  const value = values[route];
  if (!value)
    throw new Error(
      `No demo id for the dynamic page ${route}: add one to concretePage() in access-matrix.spec.ts`,
    );
  return route.replace(/\[[^\]]+\]/, value);
}

function pageDecision(status: number, location: string | undefined, caller: Caller): PageExpect | string {
  if (status === 200) return "ok";
  if (status === 404) return 404;
  if (status >= 300 && status < 400 && location) {
    const target = new URL(location, "http://x").pathname;
    if (target === "/sign-in") return "sign-in";
    if (caller !== "anonymous" && target === HOME[CALLER_ROLE[caller]]) return "home";
    return `redirect to ${target}`;
  }
  return `status ${status}`;
}

test.describe("access matrix", () => {
  test.describe.configure({ timeout: 240_000 });

  let contexts: Record<Caller, APIRequestContext>;
  let ids: DemoIds;
  let throwaways: Throwaways;

  test.beforeAll(async ({ baseURL }) => {
    test.setTimeout(120_000);
    contexts = await signInCallers(baseURL!);
    ids = await discoverDemoIds(contexts, baseURL!);
    throwaways = await createThrowaways(contexts.clinician, ids, baseURL!);
  });

  test.afterAll(async () => {
    for (const context of Object.values(contexts ?? {})) await context.dispose();
  });

  test("every /api/v1 operation has a row, and every row an operation", async ({ request }) => {
    const doc = (await (await request.get("/api/v1/openapi.json")).json()) as OpenApi;
    const documented = Object.entries(doc.paths).flatMap(([p, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(documented.length).toBeGreaterThan(40);
    expect(
      documented.filter((key) => !(key in API_ACCESS)),
      "operations without a row in access-table.ts",
    ).toEqual([]);
    expect(
      Object.keys(API_ACCESS).filter((key) => !documented.includes(key)),
      "rows for operations that no longer exist",
    ).toEqual([]);
    const known = calls(ids, throwaways);
    expect(
      documented.filter((key) => !(key in known)),
      "operations without a request in access-matrix.spec.ts",
    ).toEqual([]);
  });

  test("every /api/v1 route file is in the OpenAPI document", async ({ request }) => {
    const doc = (await (await request.get("/api/v1/openapi.json")).json()) as OpenApi;
    const root = path.join(process.cwd(), "app", "api", "v1");
    const files = (readdirSync(root, { recursive: true }) as string[])
      .filter((f) => path.basename(f) === "route.ts")
      .map((f) => `/api/v1/${path.dirname(f).split(path.sep).join("/")}`.replace(/\[([^\]]+)\]/g, "{$1}"));
    // The document describes itself; every other route file is an operation.
    const undocumented = files.filter((p) => p !== "/api/v1/openapi.json" && !doc.paths[p]);
    expect(undocumented, "route files missing from API_OPERATIONS").toEqual([]);
  });

  test("every page of the signed-in areas has a row, and every row a page", () => {
    const routes = pageRoutes();
    expect(routes.length).toBeGreaterThan(25);
    expect(
      routes.filter((r) => !(r in PAGE_ACCESS)),
      "pages without a row in access-table.ts",
    ).toEqual([]);
    expect(
      Object.keys(PAGE_ACCESS).filter((r) => !routes.includes(r)),
      "rows for pages that no longer exist",
    ).toEqual([]);
  });

  test("each caller gets the table's decision from every API operation", async ({ baseURL }) => {
    const plan = calls(ids, throwaways);
    const mismatches: string[] = [];
    const standIns: Partial<Record<"ADMIN" | "CLINICIAN" | "CLIENT", APIRequestContext>> = {};
    for (const [key, expected] of Object.entries(API_ACCESS)) {
      const call = plan[key];
      if (!call) continue; // reported by the completeness test
      const method = key.split(" ")[0]!;
      for (const caller of CALLERS) {
        let context = contexts[caller];
        if (call.standIn && caller !== "anonymous") {
          const role = CALLER_ROLE[caller];
          // Each stand-in signs in afresh: the previous call may have ended its sessions.
          await standIns[role]?.dispose();
          standIns[role] = await signedIn(baseURL!, STAND_IN_EMAIL[role]);
          context = standIns[role]!;
        }
        const response = await context.fetch(call.path, {
          method,
          headers: { Origin: baseURL! },
          ...(call.body !== undefined ? { data: call.body } : {}),
          maxRedirects: 0,
        });
        const status = response.status();
        const text = await response.text();
        if (status >= 500) {
          mismatches.push(`${key} as ${caller}: ${status} ${text.slice(0, 200)}`);
          continue;
        }
        const got = decision(status);
        if (got !== expected[caller])
          mismatches.push(
            `${key} as ${caller}: expected ${expected[caller]}, got ${status} ${text.slice(0, 160)}`,
          );
      }
    }
    for (const context of Object.values(standIns)) await context?.dispose();
    expect(mismatches).toEqual([]);
  });

  test("each caller gets the table's decision from every page", async () => {
    const mismatches: string[] = [];
    for (const route of pageRoutes()) {
      const expected = PAGE_ACCESS[route];
      if (!expected) continue; // reported by the completeness test
      const url = concretePage(route, ids, throwaways);
      for (const caller of CALLERS) {
        const response = await contexts[caller].get(url, { maxRedirects: 0 });
        const got = pageDecision(response.status(), response.headers()["location"], caller);
        if (got !== expected[caller])
          mismatches.push(`${route} (${url}) as ${caller}: expected ${expected[caller]}, got ${got}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test("the proxy-bypass headers change no decision (CVE-2025-29927 and relatives)", async ({ baseURL }) => {
    const bypass = {
      "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy",
      "Next-Router-Prefetch": "1",
      "x-nextjs-data": "1",
    };
    const plan = calls(ids, throwaways);
    const mismatches: string[] = [];
    for (const [key, expected] of Object.entries(API_ACCESS)) {
      const call = plan[key];
      if (!call || call.standIn) continue;
      for (const caller of CALLERS) {
        // Only refusals are repeated: an allowed call was already made once.
        if (expected[caller] === "A") continue;
        const response = await contexts[caller].fetch(call.path, {
          method: key.split(" ")[0]!,
          // With RSC: 1, Next first redirects to the same address with ?_rsc (307 keeps method and body).
          headers: { Origin: baseURL!, RSC: "1", ...bypass },
          ...(call.body !== undefined ? { data: call.body } : {}),
        });
        if (decision(response.status()) !== expected[caller])
          mismatches.push(`${key} as ${caller} with bypass headers: ${response.status()}`);
      }
    }
    for (const route of pageRoutes()) {
      const expected = PAGE_ACCESS[route]!;
      const url = concretePage(route, ids, throwaways);
      for (const caller of CALLERS) {
        if (expected[caller] === "ok") continue;
        const response = await contexts[caller].get(url, { headers: bypass, maxRedirects: 0 });
        const got = pageDecision(response.status(), response.headers()["location"], caller);
        if (got !== expected[caller])
          mismatches.push(
            `${route} as ${caller} with bypass headers: expected ${expected[caller]}, got ${got}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
  });

  test("a foreign id in any encoding gets the same answer as a plain one", async () => {
    // tn-only@ asks for clinician@'s client; Jordan for Alex & Sam's assignment: plain, percent-encoded,
    // with a trailing slash, a doubled slash and dot segments. Never more than a refusal.
    const variants = (p: string) => {
      const parts = p.split("/");
      const id = parts.pop()!;
      const base = parts.join("/");
      const encoded = [...id].map((ch) => `%${ch.charCodeAt(0).toString(16).padStart(2, "0")}`).join("");
      return [
        p,
        `${base}/${encoded}`,
        `${base}//${id}`,
        `${base}/./${id}`,
        `${base}/x/../${id}`,
        `${p}?id=${id}`,
        `${base}/${id.toUpperCase()}`,
      ];
    };
    const refused: string[] = [];
    for (const [caller, p] of [
      ["tnOnly", `/api/v1/clients/${ids.jordanId}`],
      ["jordan", `/api/v1/assignments/${ids.coupleAssignmentId}`],
      ["otherClinician", `/api/v1/prep/couples/${ids.coupleId}`],
      ["anonymous", `/api/v1/assignments/${ids.coupleAssignmentId}/response`],
    ] as const) {
      for (const url of variants(p)) {
        const response = await contexts[caller].get(url, { maxRedirects: 0 });
        const status = response.status();
        const body = await response.text();
        // 308 is Next's path normalisation (a doubled slash): it only points at the plain address.
        const normalised = status === 308 && response.headers()["location"] === p;
        if (![401, 403, 404].includes(status) && !normalised)
          refused.push(`${caller} ${url}: ${status} ${body.slice(0, 120)}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
