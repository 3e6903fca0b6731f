import { beforeEach, describe, expect, it, vi } from "vitest";
import { getAssignment, listAssignments, listMyAssignments } from "@/lib/assignments/service";
import { db } from "@/lib/db";
import { API_OPERATIONS } from "@/lib/http/openapi";
import { actorFor, createPractice, createUser } from "../../support/factories";
import { signInForRoutes } from "../../support/route-session";
import { PAGE_ACCESS } from "../../e2e/security/access-table";
import { ADDRESS, READ_PATHS, USER_AGENT, api, asText, scenario, text } from "./read-path-cases";

// Every read of client data writes an audit event (who, role, what, which client, from where,
// request id) BEFORE the data is returned; a refused read writes none. The list of reads that must
// be audited is not kept here: it is every /api/v1 operation flagged `returnsClientData` and every
// page the access table (tests/e2e/security/access-table.ts) declares "audited". A new route or
// page that returns client data must be flagged or declared, and then fails here until it has an
// audited case in ./read-path-cases.ts.

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

/** GET operations that answer with no client data of anyone but the caller (with why). */
const NO_CLIENT_DATA: Record<string, string> = {
  "GET /api/v1/me": "the caller's own account",
  "GET /api/v1/exercises": "the exercise library",
  "GET /api/v1/exercises/{slug}": "an exercise",
  "GET /api/v1/invitations": "invitations sent, before anyone is a client",
  "GET /api/v1/licences": "clinicians' licences",
  "GET /api/v1/me/location": "the client's own location",
  "GET /api/v1/auth/sessions": "the caller's own sign-ins",
  "GET /api/v1/auth/two-factor": "the caller's own setting",
  "GET /api/v1/practice/security": "a practice setting",
  "GET /api/v1/practice/settings": "the practice's settings",
  "GET /api/v1/audit-events": "the audit trail (reading it is not recorded; its CSV download is)",
  "GET /api/v1/me/appointments": "the client's own (and their couple's) appointments",
  "GET /api/v1/me/appointments/{id}/calendar": "one of the client's own appointments",
  "GET /api/v1/calendar-feed/{token}":
    "times and initials only, no names (making and revoking the address is audited, each poll is not)",
  "GET /api/v1/me/office-hours": "the clinician's own office-hours note",
};

const keyOf = (op: { method: string; path: string }) => `${op.method} ${op.path}`;
const covered = new Set(READ_PATHS.flatMap((p) => p.covers));

beforeEach(() => {
  signInForRoutes(null);
});

describe("the list of audited reads comes from the operations and the access table", () => {
  it("every operation flagged returnsClientData has an audited case", () => {
    const flagged = API_OPERATIONS.filter((op) => op.returnsClientData).map(keyOf);
    expect(flagged.length).toBeGreaterThan(5);
    expect(flagged.filter((key) => !covered.has(key))).toEqual([]);
  });

  it("every page declared audited has an audited case", () => {
    const audited = Object.entries(PAGE_ACCESS).filter(([, row]) => row.clientData === "audited");
    expect(audited.length).toBeGreaterThan(5);
    expect(audited.map(([page]) => page).filter((page) => !covered.has(page))).toEqual([]);
  });

  it("every GET operation either returns client data (flagged) or is listed as not returning any", () => {
    const gets = API_OPERATIONS.filter((op) => op.method === "GET");
    const undecided = gets.filter((op) => !op.returnsClientData && !(keyOf(op) in NO_CLIENT_DATA));
    expect(undecided.map(keyOf)).toEqual([]);
    const both = gets.filter((op) => op.returnsClientData && keyOf(op) in NO_CLIENT_DATA);
    expect(both.map(keyOf)).toEqual([]);
  });

  it("every case covers an operation or page that exists", () => {
    const known = new Set([...API_OPERATIONS.map(keyOf), ...Object.keys(PAGE_ACCESS)]);
    expect([...covered].filter((key) => !known.has(key))).toEqual([]);
  });
});

describe("every client-data read path is audited", () => {
  for (const path of READ_PATHS) {
    it(path.name, async () => {
      const s = await scenario();
      const actor = path.actor(s);
      signInForRoutes(actor);
      const requestId = `req-${Math.random().toString(36).slice(2)}`;
      const result = await path.read(s, requestId);
      const events = await db.auditEvent.findMany({
        where: { practiceId: s.practice.id, action: path.action, requestId },
      });
      const order = (ids: (string | null)[]) => ids.map((id) => id ?? "").sort();
      expect(order(events.map((e) => e.clientId))).toEqual(order(path.clients(s, result)));
      for (const e of events) {
        expect(e).toMatchObject({
          actorId: actor.userId,
          actorRole: actor.role,
          ip: ADDRESS,
          userAgent: USER_AGENT,
        });
        expect(JSON.stringify(e.metadata ?? {})).not.toContain("ANSWER-TEXT");
        expect(JSON.stringify(e.metadata ?? {})).not.toContain(s.couple.name);
      }
    });
  }

  it("a refused read writes no event and returns nothing", async () => {
    const s = await scenario();
    const stranger = await createUser((await createPractice()).id, "CLINICIAN");
    const colleague = await createUser(s.practice.id, "CLINICIAN");
    for (const actor of [actorFor(stranger), actorFor(colleague)]) {
      signInForRoutes(actor);
      const res = await api.GET("/api/v1/assignments/{id}/response", asText("req-refused", s.assignment.id));
      expect(res.response.status).toBe(404);
      expect(text(res)).not.toContain("ANSWER-TEXT");
      const client = await api.GET("/api/v1/clients/{id}", asText("req-refused", s.alex.id));
      expect(client.response.status).toBe(404);
      const couple = await api.GET("/api/v1/jurisdiction/check", {
        params: { query: { coupleId: s.couple.id } },
        headers: { "x-request-id": "req-refused" },
      });
      expect(couple.response.status).toBe(404);
    }
    expect(await db.auditEvent.count({ where: { requestId: "req-refused" } })).toBe(0);
  });

  it("a client reading their own things is not a disclosure and writes no event", async () => {
    const s = await scenario();
    const alex = actorFor(s.alex);
    const meta = { ip: ADDRESS, userAgent: USER_AGENT, requestId: "req-own" };
    await listMyAssignments(alex);
    await listAssignments(alex, {}, meta);
    await getAssignment(alex, s.assignment.id, meta);
    expect(await db.auditEvent.count({ where: { practiceId: s.practice.id, requestId: "req-own" } })).toBe(0);
  });
});
