import { beforeEach, describe, expect, it, vi } from "vitest";
import { exportMyData } from "@/lib/data-rights/export";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { getClinicianResponses } from "@/lib/responses/service";
import { actorFor, createCouple, createPractice, createUser } from "../../support/factories";
import { testApiClient } from "../../support/api-client";
import { signInForRoutes } from "../../support/route-session";
import { giveAssignment } from "../../support/worker";
import { CONNECTION_ADDRESS_HEADER } from "@/lib/http/request-meta";

// Every path that reads client answers or exports them writes an audit event (who, role, what,
// which client, from where, request id) BEFORE the data is returned; a refused read writes none.
// The paths that exist today:
//   - GET /api/v1/assignments/{id}/response as the clinician (answers of each recipient)
//   - the clinician's assignment page /assign/[id] (getClinicianResponses with the page's meta)
//   - GET /api/v1/assignments/{id}/comments as the clinician (comments on the answers)
//   - GET /api/v1/prep/couples/{id} and /api/v1/prep/clients/{id} (the appointment prep views)
//   - GET /api/v1/me/export (the client's JSON download)
//   - the client's printable export page /account/export (exportMyData, format "page")

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const ADDRESS = "198.51.100.23";
const HEADERS = { [CONNECTION_ADDRESS_HEADER]: ADDRESS, "user-agent": "ReadPathTest/2.0" };
const api = testApiClient(HEADERS);
/** GET options: the id in the address, this read's request id, and the body as text. */
const asText = (requestId: string, id: string) => ({
  params: { path: { id } },
  headers: { "x-request-id": requestId },
  parseAs: "text" as const,
});
const text = (res: { data?: string; error?: unknown }) => res.data ?? JSON.stringify(res.error);

beforeEach(() => {
  signInForRoutes(null);
});

async function scenario() {
  const practice = await createPractice();
  const clinician = await createUser(practice.id, "CLINICIAN");
  const { couple, partners } = await createCouple(practice.id, clinician.id);
  const [alex, sam] = partners;
  const a = await giveAssignment({
    practiceId: practice.id,
    clinicianId: clinician.id,
    clientIds: [alex.id, sam.id],
    coupleId: couple.id,
    dueAt: new Date(),
    exercise: "slowing-down",
    perspectives: { [alex.id]: "was-hurt", [sam.id]: "caused-harm" },
    state: "SUBMITTED",
    submittedAt: new Date(),
  });
  for (const r of a.recipients) {
    await db.response.create({
      data: {
        recipientId: r.id,
        answers: { x: { value: "ANSWER-TEXT", shared: false } },
        revisions: { create: [{ number: 1, answers: { x: { value: "ANSWER-TEXT", shared: false } } }] },
      },
    });
  }
  return { practice, clinician, couple, alex, sam, assignment: a };
}

type Path = {
  name: string;
  actor: (s: Awaited<ReturnType<typeof scenario>>) => Actor;
  read: (s: Awaited<ReturnType<typeof scenario>>, requestId: string) => Promise<unknown>;
  action: string;
  clients: (s: Awaited<ReturnType<typeof scenario>>) => string[];
};

const PATHS: Path[] = [
  {
    name: "GET /api/v1/assignments/{id}/response (clinician)",
    actor: (s) => actorFor(s.clinician),
    read: async (s, requestId) => {
      const res = await api.GET("/api/v1/assignments/{id}/response", asText(requestId, s.assignment.id));
      expect(res.response.status).toBe(200);
      expect(text(res)).toContain("ANSWER-TEXT");
    },
    action: "response.read",
    clients: (s) => [s.alex.id, s.sam.id],
  },
  {
    name: "the clinician's assignment page /assign/[id]",
    actor: (s) => actorFor(s.clinician),
    read: (s, requestId) =>
      getClinicianResponses(actorFor(s.clinician), s.assignment.id, {
        ...{ ip: ADDRESS, userAgent: HEADERS["user-agent"] },
        requestId,
      }),
    action: "response.read",
    clients: (s) => [s.alex.id, s.sam.id],
  },
  {
    name: "GET /api/v1/assignments/{id}/comments (clinician)",
    actor: (s) => actorFor(s.clinician),
    read: async (s, requestId) => {
      const res = await api.GET("/api/v1/assignments/{id}/comments", asText(requestId, s.assignment.id));
      expect(res.response.status).toBe(200);
    },
    action: "comment.read",
    clients: (s) => [s.alex.id, s.sam.id],
  },
  {
    name: "GET /api/v1/prep/couples/{id} (the couple's prep view)",
    actor: (s) => actorFor(s.clinician),
    read: async (s, requestId) => {
      const res = await api.GET("/api/v1/prep/couples/{id}", asText(requestId, s.couple.id));
      expect(res.response.status).toBe(200);
    },
    action: "prep.read",
    clients: (s) => [s.alex.id, s.sam.id],
  },
  {
    name: "GET /api/v1/prep/clients/{id} (one client's prep view)",
    actor: (s) => actorFor(s.clinician),
    read: async (s, requestId) => {
      const res = await api.GET("/api/v1/prep/clients/{id}", asText(requestId, s.alex.id));
      expect(res.response.status).toBe(200);
    },
    action: "prep.read",
    clients: (s) => [s.alex.id],
  },
  {
    name: "GET /api/v1/assignments/{id}/response (a partner reading what the other shared)",
    actor: (s) => actorFor(s.alex),
    read: async (s, requestId) => {
      const res = await api.GET("/api/v1/assignments/{id}/response", asText(requestId, s.assignment.id));
      expect(res.response.status).toBe(200);
    },
    action: "response.read",
    clients: (s) => [s.sam.id],
  },
  {
    name: "GET /api/v1/me/export",
    actor: (s) => actorFor(s.alex),
    read: async (_s, requestId) => {
      const res = await api.GET("/api/v1/me/export", {
        headers: { "x-request-id": requestId },
        parseAs: "text",
      });
      expect(res.response.status).toBe(200);
      expect(text(res)).toContain("ANSWER-TEXT");
    },
    action: "data.exported",
    clients: (s) => [s.alex.id],
  },
  {
    name: "the printable export page /account/export",
    actor: (s) => actorFor(s.alex),
    read: (s, requestId) =>
      exportMyData(actorFor(s.alex), { ip: ADDRESS, userAgent: HEADERS["user-agent"], requestId }, "page"),
    action: "data.exported",
    clients: (s) => [s.alex.id],
  },
];

describe("every client-data read path is audited", () => {
  for (const path of PATHS) {
    it(path.name, async () => {
      const s = await scenario();
      const actor = path.actor(s);
      signInForRoutes(actor);
      const requestId = `req-${Math.random().toString(36).slice(2)}`;
      await path.read(s, requestId);
      const events = await db.auditEvent.findMany({
        where: { practiceId: s.practice.id, action: path.action, requestId },
      });
      expect(events.map((e) => e.clientId).sort()).toEqual(path.clients(s).sort());
      for (const e of events) {
        expect(e).toMatchObject({
          actorId: actor.userId,
          actorRole: actor.role,
          ip: "198.51.100.23",
          userAgent: "ReadPathTest/2.0",
        });
        expect(JSON.stringify(e.metadata ?? {})).not.toContain("ANSWER-TEXT");
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
    }
    expect(await db.auditEvent.count({ where: { requestId: "req-refused" } })).toBe(0);
  });
});
