import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { API_OPERATIONS } from "@/lib/http/openapi";
import type { Operation } from "@/lib/http/operation";
import { API_ACCESS } from "./access-table";
import {
  createThrowaways,
  days,
  discoverDemoIds,
  freshIp,
  json,
  signInCallers,
  type Caller,
  type DemoIds,
  type Throwaways,
} from "./support";

// Property-based hostile input (fast-check) through the real routes of the production server: for
// every /api/v1 operation with a body or a query, as a caller allowed to make it, generated bodies and
// queries that Mend must refuse (wrong types, {"not": ""} where ids go, numbers as strings, arrays,
// prototype keys, deep nesting, huge strings, NUL, lone surrogates, broken UTF-8, markup and
// javascript: links in constrained fields). Every answer must be a clean refusal with no stack trace,
// and nothing the API shows may change. Each body is checked against the operation's own zod schema
// first: one the schema accepts (and the body reader would not refuse) is a legitimate request and is
// not sent; the stored-XSS spec stores those on purpose.

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_127);
const BODY_RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const QUERY_RUNS = Math.ceil(BODY_RUNS / 2);

// ---- generators ----------------------------------------------------------------------------------

const MARKUP = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "[click](javascript:alert(1))",
  "![x](https://evil.example/x.png)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "' OR '1'='1' --",
  "${7*7}{{7*7}}",
  "../../../../etc/passwd",
  "\u202egnp.exe",
  "ｓｃｒｉｐｔ",
  "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
  "💔🙂👩‍❤️‍👨",
  "1e309",
  "-0",
  "NaN",
  "true",
  "null",
  "0x41",
  " 42 ",
];

/** Text the body reader itself must refuse (400), whatever the field. */
const poisoned = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\ud800",
    "x\udfff",
    "\udc00\ud800",
    "ok\u0000<script>alert(1)</script>",
  ),
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000`),
  fc.string({ maxLength: 20 }).map((s) => `\ud83d${s.replace(/[\udc00-\udfff]/g, "")}x`),
);

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: poisoned },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(5_000), "é".repeat(40_000)) },
);

const operatorObject = fc.constantFrom<unknown>(
  { not: "" },
  { in: ["a", "b"] },
  { contains: "" },
  { gt: "" },
  { equals: null },
  { OR: [{}] },
  { $ne: null },
  { __proto__: { admin: true } },
);

const hostileNumber = fc.constantFrom(-1, 0, -0, 1.5, 1e308, -1e308, 2 ** 53 + 2, 1e-7);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    operatorObject,
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(
      fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype"), fc.string({ maxLength: 8 })),
      tie("value"),
      {
        maxKeys: 3,
      },
    ),
  ),
})).value;

const PROTO_KEYS = ["__proto__", "constructor", "prototype", "role", "practiceId", "userId", "isAdmin", "id"];

/** JSON text with own "__proto__"/"constructor" keys (a JS object literal would set the prototype). */
function jsonText(value: unknown): string {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`)
      .join(",")}}`;
  }
  if (Array.isArray(value)) return `[${value.map(jsonText).join(",")}]`;
  return JSON.stringify(value) ?? "null";
}

type Candidate = { label: string; text: string; value?: unknown };

/** One hostile body derived from a valid template: a field replaced, a key added, or the whole body. */
function hostileBody(template: Record<string, unknown>): fc.Arbitrary<Candidate> {
  const fields = Object.keys(template);
  const replaceField = fc.tuple(fc.constantFrom(...fields), hostileValue).map(([field, v]): Candidate => {
    const value = { ...template, [field]: v };
    return { label: `${field} replaced`, text: jsonText(value), value };
  });
  const addKey = fc.tuple(fc.constantFrom(...PROTO_KEYS), hostileValue).map(([key, v]): Candidate => {
    const value = JSON.parse(
      `{${jsonText(template).slice(1, -1)},${JSON.stringify(key)}:${jsonText(v)}}`,
    ) as unknown;
    return { label: `${key} added`, text: jsonText(value), value };
  });
  const whole = hostileValue.map((v): Candidate => ({
    label: "whole body",
    text: jsonText(v),
    value: JSON.parse(jsonText(v)),
  }));
  const raw = fc.constantFrom<Candidate>(
    { label: "deeply nested arrays", text: "[".repeat(50_000) + "]".repeat(50_000) },
    { label: "deeply nested objects", text: '{"a":'.repeat(2_000) + "1" + "}".repeat(2_000) },
    { label: "not JSON", text: "{'a': 1,}" },
    { label: "empty", text: "" },
    { label: "5 MB", text: JSON.stringify({ ...template, padding: "x".repeat(5 * 1024 * 1024) }) },
    { label: "JSON string", text: '"just a string"' },
  );
  return fc.oneof(
    { weight: 5, arbitrary: replaceField },
    { weight: 2, arbitrary: addKey },
    { weight: 2, arbitrary: whole },
    { weight: 1, arbitrary: raw },
  );
}

const RAW_QUERY_VALUES = [
  "%00",
  "a%00b",
  "%",
  "%ZZ",
  "%C0%AF",
  "%ED%A0%80",
  "%FF%FE",
  "a&b=c",
  "%26%3D",
  "[]",
  "%5B%5D",
];

function hostileQuery(names: readonly string[]): fc.Arbitrary<Candidate> {
  const pair = fc.oneof(
    fc.tuple(
      fc.constantFrom(...names),
      hostileString.map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, "\u0000"))),
    ),
    fc.tuple(fc.constantFrom(...names), fc.constantFrom(...RAW_QUERY_VALUES)),
    fc.tuple(
      fc.constantFrom(...names).map((n) => `${n}[not]`),
      fc.constant(""),
    ),
    fc.tuple(
      fc.constantFrom("__proto__[admin]", "constructor[prototype][admin]", "__proto__"),
      fc.constant("1"),
    ),
  );
  return fc
    .array(pair, { minLength: 1, maxLength: 4 })
    .map((pairs) => ({ label: "query", text: pairs.map(([k, v]) => `${k}=${v}`).join("&") }));
}

// ---- what is fuzzed, as whom ----------------------------------------------------------------------

/** ownSubject: the caller's own throwaway resource rather than the table's subject. */
type Target = { caller: Caller; path: string; template?: Record<string, unknown>; ownSubject?: true };

/** Valid bodies (never sent as they are) and the caller allowed to make each call. */
function targets(ids: DemoIds, t: Throwaways, adminId: string): Record<string, Target> {
  const jordanCopy = `/api/v1/assignments/${t.assignmentId}`;
  const answers = { "a-prompt": { value: "text", shared: false } };
  return {
    "GET /api/v1/exercises": { caller: "clinician", path: "/api/v1/exercises" },
    "POST /api/v1/exercises": {
      caller: "clinician",
      path: "/api/v1/exercises",
      template: { basedOn: "slowing-down", shared: false },
    },
    "GET /api/v1/exercises/{slug}": { caller: "clinician", path: `/api/v1/exercises/${t.customSlug}` },
    "PATCH /api/v1/exercises/{slug}": {
      caller: "clinician",
      path: `/api/v1/exercises/${t.customSlug}`,
      template: { shared: false, expectedVersion: 1 },
    },
    "POST /api/v1/invitations": {
      caller: "clinician",
      path: "/api/v1/invitations",
      template: {
        role: "CLIENT",
        email: "someone@invitee.mend.test",
        name: "Some One",
        couple: { mode: "existing", coupleId: ids.coupleId },
      },
    },
    "GET /api/v1/invitations": { caller: "clinician", path: "/api/v1/invitations" },
    "POST /api/v1/invitations/accept": {
      caller: "anonymous",
      path: "/api/v1/invitations/accept",
      template: {
        token: "a".repeat(40),
        password: "harbour violin maple nine",
        state: "TN",
        consent: true,
        adult: true,
        agreement: true,
        timeZone: "America/Chicago",
      },
    },
    "GET /api/v1/licences": { caller: "clinician", path: "/api/v1/licences" },
    "POST /api/v1/licences": {
      caller: "clinician",
      path: "/api/v1/licences",
      template: {
        kind: "STATE_LICENSE",
        profession: "LMFT",
        state: "NC",
        number: "123",
        status: "ACTIVE",
        expiresAt: "2030-01-01",
      },
    },
    "PATCH /api/v1/licences/{id}": {
      caller: "clinician",
      path: `/api/v1/licences/${ids.licence.id}`,
      template: { number: "123", issuedAt: "2020-01-01" },
    },
    "PUT /api/v1/clients/{id}/safety-screen": {
      caller: "clinician",
      path: `/api/v1/clients/${ids.jordanId}/safety-screen`,
      template: { outcome: "NOT_YET" },
    },
    "POST /api/v1/licences/{id}/verify": {
      caller: "admin",
      path: `/api/v1/licences/${ids.licence.id}/verify`,
      template: { status: "ACTIVE", verificationUrl: "https://example.org/lookup", note: "Checked." },
    },
    "GET /api/v1/jurisdiction/check": { caller: "clinician", path: "/api/v1/jurisdiction/check" },
    "POST /api/v1/me/location": { caller: "alex", path: "/api/v1/me/location", template: { state: "TN" } },
    "POST /api/v1/auth/password-reset/request": {
      caller: "anonymous",
      path: "/api/v1/auth/password-reset/request",
      template: { email: "nobody@unknown.mend.test" },
    },
    "POST /api/v1/auth/password-reset": {
      caller: "anonymous",
      path: "/api/v1/auth/password-reset",
      template: { token: "a".repeat(40), password: "harbour violin maple nine" },
    },
    "POST /api/v1/auth/magic-link/request": {
      caller: "anonymous",
      path: "/api/v1/auth/magic-link/request",
      template: { email: "nobody@unknown.mend.test" },
    },
    "POST /api/v1/auth/password-check": {
      caller: "anonymous",
      path: "/api/v1/auth/password-check",
      template: { password: "harbour violin maple nine", email: "a@b.test", name: "A B" },
    },
    "POST /api/v1/auth/password": {
      caller: "clinician",
      path: "/api/v1/auth/password",
      template: { currentPassword: "wrong-password-here", newPassword: "harbour violin maple nine" },
    },
    "PATCH /api/v1/practice/security": {
      caller: "admin",
      path: "/api/v1/practice/security",
      template: { requireTwoFactor: false },
    },
    "PATCH /api/v1/practice/settings": {
      caller: "admin",
      path: "/api/v1/practice/settings",
      template: { retentionYears: 10 },
    },
    "PATCH /api/v1/people/{id}/role": {
      caller: "admin",
      path: `/api/v1/people/${adminId}/role`,
      template: { role: "CLINICIAN" },
    },
    "GET /api/v1/appointments": { caller: "clinician", path: "/api/v1/appointments" },
    "POST /api/v1/appointments": {
      caller: "clinician",
      path: "/api/v1/appointments",
      template: { clientId: ids.jordanId, startsAt: days(400), durationMinutes: 50, modality: "VIDEO" },
    },
    "PATCH /api/v1/appointments/{id}": {
      caller: "clinician",
      path: `/api/v1/appointments/${t.appointmentId}`,
      template: { startsAt: days(401), durationMinutes: 60, modality: "IN_PERSON" },
    },
    "GET /api/v1/assignments": { caller: "clinician", path: "/api/v1/assignments" },
    "POST /api/v1/assignments": {
      caller: "clinician",
      path: "/api/v1/assignments",
      template: {
        exercise: "slowing-down",
        coupleId: ids.coupleId,
        dueAt: days(10),
        note: "A note.",
        perspectives: { a: "was-hurt" },
        repeatWeeklyUntil: days(20),
      },
    },
    "PATCH /api/v1/assignments/{id}": {
      caller: "clinician",
      path: jordanCopy,
      template: { dueAt: days(12), note: "A note." },
    },
    "PUT /api/v1/assignments/{id}/response": {
      caller: "jordan",
      path: `${jordanCopy}/response`,
      template: { version: 0, answers },
      ownSubject: true,
    },
    "POST /api/v1/assignments/{id}/submit": {
      caller: "jordan",
      path: `${jordanCopy}/submit`,
      template: { version: 0, answers, state: "VA" },
      ownSubject: true,
    },
    "POST /api/v1/assignments/{id}/comments": {
      caller: "clinician",
      path: `${jordanCopy}/comments`,
      template: { kind: "FEEDBACK", body: "Thank you.", recipientId: ids.jordanId, promptId: "a-prompt" },
    },
    "POST /api/v1/assignments/{id}/review": {
      caller: "clinician",
      path: `${jordanCopy}/review`,
      template: { action: "revision", note: "Look again.", recipientId: ids.jordanId },
    },
    "PATCH /api/v1/comments/{id}": {
      caller: "clinician",
      path: `/api/v1/comments/${t.commentId}`,
      template: { body: "Changed." },
    },
    "GET /api/v1/audit-events": { caller: "admin", path: "/api/v1/audit-events" },
    "POST /api/v1/me/close": { caller: "alex", path: "/api/v1/me/close", template: { confirm: "CLOSE" } },
    // Valid but unconfirmed: no variation of it discharges or closes anyone the other specs use.
    "POST /api/v1/clients/{id}/discharge": {
      caller: "clinician",
      path: `/api/v1/clients/${ids.jordanId}/discharge`,
      template: { confirm: "not yet" },
    },
    "POST /api/v1/couples/{id}/discharge": {
      caller: "clinician",
      path: `/api/v1/couples/${ids.coupleId}/discharge`,
      template: { confirm: "not yet" },
    },
    "POST /api/v1/clients/{id}/close": {
      caller: "admin",
      path: `/api/v1/clients/${ids.jordanId}/close`,
      template: { confirm: "not yet" },
    },
    // Messages: Jordan's thread with clinician@ (only invalid bodies are sent, so nothing is written).
    "GET /api/v1/threads": { caller: "clinician", path: "/api/v1/threads" },
    "POST /api/v1/threads": {
      caller: "clinician",
      path: "/api/v1/threads",
      template: { clientId: ids.jordanId },
    },
    "PATCH /api/v1/threads/{id}": {
      caller: "clinician",
      path: `/api/v1/threads/${t.threadId}`,
      template: { archived: false },
    },
    "GET /api/v1/threads/{id}/messages": {
      caller: "clinician",
      path: `/api/v1/threads/${t.threadId}/messages`,
    },
    "POST /api/v1/threads/{id}/messages": {
      caller: "clinician",
      path: `/api/v1/threads/${t.threadId}/messages`,
      template: { body: "Hello.", idempotencyKey: "fuzz-template-0001" },
    },
    "POST /api/v1/threads/{id}/read": {
      caller: "clinician",
      path: `/api/v1/threads/${t.threadId}/read`,
      template: { unread: false },
    },
    "PUT /api/v1/me/office-hours": {
      caller: "clinician",
      path: "/api/v1/me/office-hours",
      template: { note: "I usually reply within two working days." },
    },
  };
}

// ---- what must hold ---------------------------------------------------------------------------------

const LEAKS = [
  /\bat [\w$.<>]+ \(/, // a stack frame
  /\bat (async )?\/?[\w./-]+:\d+:\d+/,
  /\/work\/|node_modules|webpack|\.next\//,
  /prisma|Invalid `/i,
  // A Prisma error code (P2002...) on its own; case-sensitive, since record ids (cuids such as
  // "...j6p7893") can hold the same letters and digits.
  /(?<![\w-])P\d{4}\b/,
  /\b(TypeError|ReferenceError|RangeError|SyntaxError)\b/,
];

function checkAnswer(status: number, body: string, allowed: readonly number[], what: string): void {
  expect(allowed, `${what}: status ${status}, body ${body.slice(0, 300)}`).toContain(status);
  for (const leak of LEAKS) expect(body, `${what}: leaks ${leak}`).not.toMatch(leak);
  // An address no route matches gets Next's own not-found page; every API answer is our JSON error.
  if (status >= 400 && status !== 413 && body && !body.startsWith("<!DOCTYPE")) {
    const parsed = JSON.parse(body) as { error?: { code?: string; message?: string } };
    expect(typeof parsed.error?.message, `${what}: error shape`).toBe("string");
  }
}

/** What the API shows, read by the owners: must be the same after the hostile calls as before. */
async function snapshot(
  contexts: Record<Caller, APIRequestContext>,
  ids: DemoIds,
  t: Throwaways,
): Promise<string> {
  const reads: [Caller, string][] = [
    ["clinician", "/api/v1/me"],
    ["clinician", "/api/v1/assignments?limit=100"],
    ["clinician", `/api/v1/assignments/${t.assignmentId}`],
    ["clinician", `/api/v1/assignments/${t.assignmentId}/comments`],
    ["clinician", "/api/v1/clients"],
    ["clinician", "/api/v1/appointments?includeCancelled=true"],
    ["clinician", "/api/v1/licences"],
    ["clinician", "/api/v1/invitations"],
    ["clinician", "/api/v1/exercises?source=mine&pageSize=50"],
    ["clinician", `/api/v1/exercises/${t.customSlug}`],
    ["clinician", "/api/v1/auth/two-factor"],
    ["admin", "/api/v1/me"],
    ["admin", "/api/v1/practice/security"],
    ["admin", "/api/v1/practice/settings"],
    ["alex", "/api/v1/me"],
    ["alex", "/api/v1/me/location"],
    ["alex", `/api/v1/assignments/${ids.coupleAssignmentId}/response`],
    ["jordan", "/api/v1/me"],
    ["jordan", `/api/v1/assignments/${t.assignmentId}/response`],
  ];
  const parts: string[] = [];
  for (const [caller, url] of reads) {
    const response = await contexts[caller].get(url);
    parts.push(`${caller} ${url} ${response.status()} ${await response.text()}`);
  }
  return parts.join("\n");
}

function operationOf(key: string): Operation {
  const [method, path] = key.split(" ");
  const op = API_OPERATIONS.find((o) => o.method === method && o.path === path);
  if (!op) throw new Error(`No operation ${key}`);
  return op;
}

/** Would Mend accept this request as valid? Then it is not hostile, and not sent. */
function schemaAccepts(op: Operation, candidate: Candidate): boolean {
  if (candidate.value === undefined || !op.body) return false;
  if (candidate.text.length > (op.maxBodyBytes ?? 256 * 1024)) return false;
  if (/\\u0000|\\ud[89ab]|\\ud[c-f]|\u0000|[\ud800-\udfff]/i.test(candidate.text)) {
    // NUL or a surrogate: only well-formed pairs are acceptable.
    if (
      /\u0000|\\u0000/.test(candidate.text) ||
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(candidate.text)
    )
      return false;
  }
  return op.body.safeParse(candidate.value).success;
}

test.describe("hostile input through every /api/v1 route", () => {
  test.describe.configure({ timeout: 300_000 });

  let contexts: Record<Caller, APIRequestContext>;
  let ids: DemoIds;
  let throwaways: Throwaways;
  let plan: Record<string, Target>;

  test.beforeAll(async ({ baseURL }) => {
    test.setTimeout(120_000);
    contexts = await signInCallers(baseURL!);
    ids = await discoverDemoIds(contexts, baseURL!);
    throwaways = await createThrowaways(contexts.clinician, ids, baseURL!);
    // The appointment the PATCH is fuzzed on is cancelled: even a valid change would be refused.
    await json(
      await contexts.clinician.delete(`/api/v1/appointments/${throwaways.appointmentId}`, {
        headers: { Origin: baseURL! },
      }),
      "cancel",
    );
    const admin = await json<{ id: string }>(await contexts.admin.get("/api/v1/me"), "admin /me");
    plan = targets(ids, throwaways, admin.id);
  });

  test.afterAll(async () => {
    for (const context of Object.values(contexts ?? {})) await context.dispose();
  });

  test("every operation with a body or a query is fuzzed, as a caller allowed to make it", async ({
    request,
  }) => {
    const doc = (await (await request.get("/api/v1/openapi.json")).json()) as {
      paths: Record<string, Record<string, { requestBody?: unknown; parameters: { in: string }[] }>>;
    };
    const withInput = Object.entries(doc.paths).flatMap(([p, methods]) =>
      Object.entries(methods)
        .filter(([, op]) => op.requestBody || op.parameters.some((x) => x.in === "query"))
        .map(([m]) => `${m.toUpperCase()} ${p}`),
    );
    expect(
      withInput.filter((key) => !(key in plan)),
      "operations with input and no fuzz target",
    ).toEqual([]);
    for (const [key, target] of Object.entries(plan)) {
      if (target.ownSubject) {
        // Jordan's own copy of the fresh assignment: he may read it.
        expect(
          (await contexts[target.caller].get(target.path.replace(/\/submit$/, "/response"))).status(),
          key,
        ).toBe(200);
      } else {
        expect(
          API_ACCESS[key]?.[target.caller],
          `${key} is fuzzed as ${target.caller}, who may call it`,
        ).toBe("A");
      }
      const op = operationOf(key);
      if (target.template)
        expect(op.body!.safeParse(target.template).success, `${key}: the template is a valid body`).toBe(
          true,
        );
    }
  });

  test("hostile bodies are refused cleanly and change nothing", async ({ baseURL }) => {
    const before = await snapshot(contexts, ids, throwaways);
    let sent = 0;
    for (const [key, target] of Object.entries(plan)) {
      if (!target.template) continue;
      const op = operationOf(key);
      const method = key.split(" ")[0]!;
      await fc.assert(
        fc.asyncProperty(hostileBody(target.template), async (candidate) => {
          if (schemaAccepts(op, candidate)) return; // a valid request: not hostile
          sent += 1;
          const response = await contexts[target.caller].fetch(target.path, {
            method,
            data: candidate.text,
            headers: { Origin: baseURL!, "Content-Type": "application/json", "X-Forwarded-For": freshIp() },
          });
          checkAnswer(response.status(), await response.text(), [400, 413], `${key} (${candidate.label})`);
        }),
        { seed: SEED, numRuns: BODY_RUNS, endOnFailure: true },
      );
    }
    const generated = Object.values(plan).filter((t) => t.template).length * BODY_RUNS;
    test.info().annotations.push({
      type: "hostile bodies",
      description: `${sent} sent of ${generated} generated (seed ${SEED})`,
    });
    expect(sent).toBeGreaterThan(generated * 0.6);
    expect(await snapshot(contexts, ids, throwaways)).toBe(before);
  });

  test("hostile queries get a clean answer and change nothing", async () => {
    const before = await snapshot(contexts, ids, throwaways);
    for (const [key, target] of Object.entries(plan)) {
      const op = operationOf(key);
      if (!op.query) continue;
      const names = Object.keys((op.query as unknown as { shape: Record<string, unknown> }).shape);
      await fc.assert(
        fc.asyncProperty(hostileQuery(names), async (candidate) => {
          const response = await contexts[target.caller].get(`${target.path}?${candidate.text}`);
          // Reads: an ignored or harmless parameter is a 200; anything else a clean refusal.
          checkAnswer(
            response.status(),
            await response.text(),
            [200, 400, 404, 422],
            `${key}?${candidate.text}`,
          );
          if (candidate.text.includes("%00"))
            expect(response.status(), `${key}?${candidate.text}: NUL in the address`).toBe(400);
        }),
        { seed: SEED, numRuns: QUERY_RUNS, endOnFailure: true },
      );
    }
    expect(await snapshot(contexts, ids, throwaways)).toBe(before);
  });

  test("odd path parameters are refused like unknown ids", async ({ baseURL }) => {
    const odd = [
      "%00",
      "a%00b",
      "..%2F..%2Fetc",
      "%2e%2e",
      "x".repeat(300),
      "%7B%22not%22%3A%22%22%7D",
      "%E2%80%AE",
      "%C0%AF",
      "__proto__",
      "constructor",
      "1%20OR%201=1",
    ];
    for (const value of odd) {
      for (const [caller, path, method] of [
        ["clinician", `/api/v1/clients/${value}`, "GET"],
        ["alex", `/api/v1/assignments/${value}/response`, "GET"],
        ["clinician", `/api/v1/exercises/${value}`, "GET"],
        ["admin", `/api/v1/people/${value}/deactivate`, "POST"],
        ["clinician", `/api/v1/appointments/${value}`, "DELETE"],
      ] as const) {
        const response = await contexts[caller].fetch(path, {
          method,
          headers: { Origin: baseURL! },
          maxRedirects: 0,
        });
        // Dot segments are normalised by Next.js first (308 to the resolved address, on our origin).
        if (response.status() === 308) {
          expect(response.headers()["location"], path).toMatch(/^\/api\/v1(\/|$)/);
          continue;
        }
        checkAnswer(response.status(), await response.text(), [400, 404], `${method} ${path}`);
      }
    }
  });
});
