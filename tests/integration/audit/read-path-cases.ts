import { expect } from "vitest";
import { listAssignments } from "@/lib/assignments/service";
import { listAppointments } from "@/lib/appointments/service";
import { getClient, getCouple } from "@/lib/clients/caseload";
import { getDashboard } from "@/lib/dashboard/service";
import { exportMyData } from "@/lib/data-rights/export";
import { previewReassignment } from "@/lib/data-rights/reassign";
import { db } from "@/lib/db";
import { CONNECTION_ADDRESS_HEADER } from "@/lib/http/request-meta";
import { listPracticePeople } from "@/lib/people/queries";
import { listPeopleSecurity } from "@/lib/people/service";
import type { Actor } from "@/lib/policy/actor";
import { getClientPrep, getCouplePrep } from "@/lib/prep/service";
import { getCompletionView } from "@/lib/responses/completion-view";
import { getClinicianResponses } from "@/lib/responses/service";
import { testApiClient } from "../../support/api-client";
import { actorFor, createCouple, createPractice, createUser } from "../../support/factories";
import { giveAssignment } from "../../support/worker";
import { ADDRESS_FOR_CASES, MESSAGE_PATHS } from "./message-read-cases";

// The read paths of client data and the audit event each must write (read-paths.test.ts runs them).
// `covers` names the API operations ("GET /api/v1/...") and pages ("/clients/[id]") a case stands for:
// the test derives the list it must cover from the operations flagged `returnsClientData` and the
// access table's pages declared "audited", so a new one without a case here fails.

export const ADDRESS = "198.51.100.23";
export const USER_AGENT = "ReadPathTest/2.0";
const HEADERS = { [CONNECTION_ADDRESS_HEADER]: ADDRESS, "user-agent": USER_AGENT };
export const api = testApiClient(HEADERS);
/** GET options: the id in the address, this read's request id, and the body as text. */
export const asText = (requestId: string, id: string) => ({
  params: { path: { id } },
  headers: { "x-request-id": requestId },
  parseAs: "text" as const,
});
export const text = (res: { data?: string; error?: unknown }) => res.data ?? JSON.stringify(res.error);
const pageMeta = (requestId: string) => ({ ip: ADDRESS, userAgent: USER_AGENT, requestId });
const withId = (requestId: string) => ({ headers: { "x-request-id": requestId }, parseAs: "text" as const });

export async function scenario() {
  const practice = await createPractice();
  const clinician = await createUser(practice.id, "CLINICIAN");
  const admin = await createUser(practice.id, "ADMIN");
  const successor = await createUser(practice.id, "CLINICIAN");
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
  return { practice, clinician, admin, successor, couple, alex, sam, assignment: a };
}

export type Scenario = Awaited<ReturnType<typeof scenario>>;

export type ReadPath = {
  name: string;
  covers: string[];
  actor: (s: Scenario) => Actor;
  read: (s: Scenario, requestId: string) => Promise<unknown>;
  action: string;
  /** The client each event names, one entry per event; null for a list's one event without a client. */
  clients: (s: Scenario, result: unknown) => (string | null)[];
};

const clinician = (s: Scenario) => actorFor(s.clinician);
const partners = (s: Scenario) => [s.alex.id, s.sam.id];
/** A list: one event for the whole list, naming no client. */
const none = () => [null];

async function ok(res: { response: Response; data?: string; error?: unknown }, mustContain?: string) {
  expect(res.response.status, text(res)).toBe(200);
  if (mustContain) expect(text(res)).toContain(mustContain);
}

// The paths that existed before every read was audited: answers, comments, prep and exports.
const ANSWER_PATHS: ReadPath[] = [
  {
    name: "GET /api/v1/assignments/{id}/response (clinician)",
    covers: ["GET /api/v1/assignments/{id}/response"],
    actor: clinician,
    read: async (s, requestId) =>
      ok(
        await api.GET("/api/v1/assignments/{id}/response", asText(requestId, s.assignment.id)),
        "ANSWER-TEXT",
      ),
    action: "response.read",
    clients: partners,
  },
  {
    name: "the clinician's assignment page /assign/[id]",
    covers: ["/assign/[id]"],
    actor: clinician,
    read: (s, requestId) => getClinicianResponses(clinician(s), s.assignment.id, pageMeta(requestId)),
    action: "response.read",
    clients: partners,
  },
  {
    name: "GET /api/v1/assignments/{id}/comments (clinician)",
    covers: ["GET /api/v1/assignments/{id}/comments"],
    actor: clinician,
    read: async (s, requestId) =>
      ok(await api.GET("/api/v1/assignments/{id}/comments", asText(requestId, s.assignment.id))),
    action: "comment.read",
    clients: partners,
  },
  {
    name: "GET /api/v1/prep/couples/{id} (the couple's prep view)",
    covers: ["GET /api/v1/prep/couples/{id}"],
    actor: clinician,
    read: async (s, requestId) =>
      ok(await api.GET("/api/v1/prep/couples/{id}", asText(requestId, s.couple.id))),
    action: "prep.read",
    clients: partners,
  },
  {
    name: "GET /api/v1/prep/clients/{id} (one client's prep view)",
    covers: ["GET /api/v1/prep/clients/{id}"],
    actor: clinician,
    read: async (s, requestId) =>
      ok(await api.GET("/api/v1/prep/clients/{id}", asText(requestId, s.alex.id))),
    action: "prep.read",
    clients: (s) => [s.alex.id],
  },
  {
    name: "the prep pages /prep/couples/[id] and /prep/clients/[id]",
    covers: ["/prep/couples/[id]", "/prep/clients/[id]"],
    actor: clinician,
    read: async (s, requestId) => {
      await getCouplePrep(clinician(s), s.couple.id, pageMeta(requestId));
      await getClientPrep(clinician(s), s.alex.id, pageMeta(requestId));
    },
    action: "prep.read",
    clients: (s) => [s.alex.id, s.alex.id, s.sam.id],
  },
  {
    name: "GET /api/v1/assignments/{id}/response (a partner reading what the other shared)",
    covers: [],
    actor: (s) => actorFor(s.alex),
    read: async (s, requestId) =>
      ok(await api.GET("/api/v1/assignments/{id}/response", asText(requestId, s.assignment.id))),
    action: "response.read",
    clients: (s) => [s.sam.id],
  },
  {
    name: "the partner's assignment page /assignments/[id]",
    covers: ["/assignments/[id]"],
    actor: (s) => actorFor(s.alex),
    read: (s, requestId) => getCompletionView(actorFor(s.alex), s.assignment.id, pageMeta(requestId)),
    action: "response.read",
    clients: (s) => [s.sam.id],
  },
  {
    name: "GET /api/v1/me/export",
    covers: ["GET /api/v1/me/export"],
    actor: (s) => actorFor(s.alex),
    read: async (_s, requestId) => ok(await api.GET("/api/v1/me/export", withId(requestId)), "ANSWER-TEXT"),
    action: "data.exported",
    clients: (s) => [s.alex.id],
  },
  {
    name: "the printable export page /account/export",
    covers: ["/account/export"],
    actor: (s) => actorFor(s.alex),
    read: (s, requestId) => exportMyData(actorFor(s.alex), pageMeta(requestId), "page"),
    action: "data.exported",
    clients: (s) => [s.alex.id],
  },
];

// Opening a client's or couple's record, and the lists that show clients.
const RECORD_PATHS: ReadPath[] = [
  {
    name: "GET /api/v1/clients/{id} (the client detail API)",
    covers: ["GET /api/v1/clients/{id}"],
    actor: clinician,
    read: async (s, requestId) => ok(await api.GET("/api/v1/clients/{id}", asText(requestId, s.alex.id))),
    action: "client.viewed",
    clients: (s) => [s.alex.id],
  },
  {
    name: "the client's page /clients/[id]",
    covers: ["/clients/[id]"],
    actor: clinician,
    read: (s, requestId) => getClient(clinician(s), s.alex.id, pageMeta(requestId)),
    action: "client.viewed",
    clients: (s) => [s.alex.id],
  },
  {
    name: "the couple's page /clients/couples/[id] (with the confidentiality note)",
    covers: ["/clients/couples/[id]"],
    actor: clinician,
    read: (s, requestId) => getCouple(clinician(s), s.couple.id, pageMeta(requestId)),
    action: "couple.viewed",
    clients: partners,
  },
  {
    name: "GET /api/v1/jurisdiction/check (where the couple's partners are)",
    covers: ["GET /api/v1/jurisdiction/check"],
    actor: clinician,
    read: async (s, requestId) =>
      ok(
        await api.GET("/api/v1/jurisdiction/check", {
          params: { query: { coupleId: s.couple.id } },
          ...withId(requestId),
        }),
      ),
    action: "jurisdiction.viewed",
    clients: partners,
  },
  {
    name: "GET /api/v1/clients and the pages listing the caseload",
    covers: ["GET /api/v1/clients", "/clients", "/clients/invite", "/assign"],
    actor: clinician,
    read: async (s, requestId) => ok(await api.GET("/api/v1/clients", withId(requestId))),
    action: "caseload.viewed",
    clients: none,
  },
  {
    name: "GET /api/v1/assignments (a clinician's list, with the notes given)",
    covers: ["GET /api/v1/assignments"],
    actor: clinician,
    read: async (_s, requestId) => ok(await api.GET("/api/v1/assignments", withId(requestId))),
    action: "assignments.viewed",
    clients: none,
  },
  {
    name: "a clinician's assignment list about one client (as on /clients/[id])",
    covers: [],
    actor: clinician,
    read: (s, requestId) => listAssignments(clinician(s), { clientId: s.alex.id }, pageMeta(requestId)),
    action: "assignments.viewed",
    clients: (s) => [s.alex.id],
  },
  {
    name: "GET /api/v1/assignments/{id} (clinician)",
    covers: ["GET /api/v1/assignments/{id}"],
    actor: clinician,
    read: async (s, requestId) =>
      ok(await api.GET("/api/v1/assignments/{id}", asText(requestId, s.assignment.id))),
    action: "assignment.viewed",
    clients: partners,
  },
  {
    name: "GET /api/v1/appointments and the schedule page /schedule",
    covers: ["GET /api/v1/appointments", "/schedule"],
    actor: clinician,
    read: async (s, requestId) => {
      await listAppointments(clinician(s), {}, pageMeta(requestId));
    },
    action: "appointments.viewed",
    clients: none,
  },
  {
    name: "the dashboard /dashboard",
    covers: ["/dashboard"],
    actor: clinician,
    read: (s, requestId) => getDashboard(clinician(s), pageMeta(requestId)),
    action: "dashboard.viewed",
    clients: none,
  },
  {
    name: "the admin's people list /admin and two-step page /admin/security",
    covers: ["/admin", "/admin/security"],
    actor: (s) => actorFor(s.admin),
    read: async (s, requestId) => {
      await listPracticePeople(actorFor(s.admin), pageMeta(requestId));
      await listPeopleSecurity(actorFor(s.admin), pageMeta(requestId));
    },
    action: "people.viewed",
    clients: () => [null, null],
  },
  {
    name: "the caseload-move preview on /admin/people/[id]",
    covers: ["/admin/people/[id]"],
    actor: (s) => actorFor(s.admin),
    read: (s, requestId) =>
      previewReassignment(actorFor(s.admin), s.clinician.id, s.successor.id, pageMeta(requestId)),
    action: "reassignment.previewed",
    clients: (_s, result) => {
      const shown = (result as { notLicensed: { clientId: string }[] }).notLicensed.map((c) => c.clientId);
      return shown.length > 0 ? shown : [null];
    },
  },
];

ADDRESS_FOR_CASES.ip = ADDRESS;
ADDRESS_FOR_CASES.ua = USER_AGENT;
export const READ_PATHS: ReadPath[] = [...ANSWER_PATHS, ...RECORD_PATHS, ...MESSAGE_PATHS];
