import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { request as playwrightRequest } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, SECURITY_E2E_USERS, type DemoUserKey } from "../../../prisma/demo-data";
import { signInRequest } from "../support/api";

// Shared helpers of the security specs: signed-in request contexts for any seeded account, the demo
// resources discovered through the API as their owners, and a few throwaway resources those specs
// act on so that no demo data another spec relies on is changed.

export type Caller =
  | "anonymous"
  | "clinician"
  | "tnOnly"
  | "admin"
  | "alex"
  | "sam"
  | "jordan"
  | "otherClinician"
  | "otherClient";
export const CALLERS: readonly Caller[] = [
  "anonymous",
  "clinician",
  "tnOnly",
  "admin",
  "alex",
  "sam",
  "jordan",
  "otherClinician",
  "otherClient",
];

/** A fresh documentation-range address per call: per-address throttles never carry between tests. */
let ipCounter = Math.floor(Math.random() * 200);
export function freshIp(): string {
  ipCounter = (ipCounter + 1) % 250;
  return `203.0.113.${ipCounter + 1}`;
}

/** A request context signed in through next-auth's CSRF token and credentials callback. */
export async function signedIn(
  baseURL: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  await signInRequest(context, email, baseURL, password);
  return context;
}

export const CALLER_EMAIL: Record<Exclude<Caller, "anonymous">, string> = {
  clinician: DEMO_USERS.clinician.email,
  tnOnly: DEMO_USERS.tnOnly.email,
  admin: DEMO_USERS.admin.email,
  alex: DEMO_USERS.alex.email,
  sam: DEMO_USERS.sam.email,
  jordan: DEMO_USERS.jordan.email,
  otherClinician: DEMO_USERS.otherClinician.email,
  otherClient: DEMO_USERS.otherClient.email,
};

export const CALLER_ROLE: Record<Exclude<Caller, "anonymous">, "ADMIN" | "CLINICIAN" | "CLIENT"> = {
  clinician: "CLINICIAN",
  tnOnly: "CLINICIAN",
  admin: "ADMIN",
  alex: "CLIENT",
  sam: "CLIENT",
  jordan: "CLIENT",
  otherClinician: "CLINICIAN",
  otherClient: "CLIENT",
};

/** Seeded stand-ins of each role, for operations that would end the caller's own sessions. */
export const STAND_IN_EMAIL = {
  ADMIN: SECURITY_E2E_USERS.admin.email,
  CLINICIAN: SECURITY_E2E_USERS.clinician.email,
  CLIENT: SECURITY_E2E_USERS.client.email,
} as const;

export async function signInCallers(baseURL: string): Promise<Record<Caller, APIRequestContext>> {
  const contexts = { anonymous: await playwrightRequest.newContext({ baseURL }) } as Record<
    Caller,
    APIRequestContext
  >;
  for (const caller of CALLERS) {
    if (caller !== "anonymous") contexts[caller] = await signedIn(baseURL, CALLER_EMAIL[caller]);
  }
  return contexts;
}

export async function json<T>(response: APIResponse, what: string): Promise<T> {
  expect(response.status(), `${what}: ${await response.text().catch(() => "")}`).toBeLessThan(300);
  return (await response.json()) as T;
}

export type DemoIds = {
  /** Alex & Sam's "Slowing down" assignment (clinician@'s; Alex has sent theirs). */
  coupleAssignmentId: string;
  coupleId: string;
  jordanId: string;
  clinicianUserId: string;
  /** clinician@'s Tennessee licence. */
  licence: { id: string; number: string };
  /** The next appointment with Alex & Sam. */
  coupleAppointment: { id: string; durationMinutes: number };
  /** The people routes' subject: a seeded clinician of the demo practice no other spec uses. */
  targetUserId: string;
};

type ClientAssignment = { id: string; exercise: { slug: string }; couple: unknown };

/** Demo ids, each found through the API as the person who owns the resource. */
export async function discoverDemoIds(
  contexts: Record<Caller, APIRequestContext>,
  baseURL: string,
): Promise<DemoIds> {
  const mine = await json<{ items: ClientAssignment[] }>(
    await contexts.alex.get("/api/v1/assignments?limit=100"),
    "Alex's assignments",
  );
  const couple = mine.items.find((a) => a.exercise.slug === "slowing-down" && a.couple);
  expect(couple, "Alex & Sam's Slowing down assignment").toBeTruthy();

  const caseload = await json<{
    individuals: { id: string; name: string }[];
    couples: { id: string; name: string }[];
  }>(await contexts.clinician.get("/api/v1/clients"), "clinician's caseload");
  const jordan = caseload.individuals.find((c) => c.name === DEMO_USERS.jordan.name);
  const alexAndSam = caseload.couples.find((c) => c.name === "Alex & Sam");
  expect(jordan && alexAndSam).toBeTruthy();

  const me = await json<{ id: string }>(await contexts.clinician.get("/api/v1/me"), "clinician's /me");
  const licences = await json<{
    licences: { id: string; clinicianId: string; state: string; number: string }[];
  }>(await contexts.clinician.get("/api/v1/licences"), "licences");
  const tn = licences.licences.find((l) => l.clinicianId === me.id && l.state === "TN");
  expect(tn).toBeTruthy();

  const appointments = await json<{
    appointments: { id: string; durationMinutes: number; cancelled: boolean; with: { id: string } }[];
  }>(await contexts.clinician.get("/api/v1/appointments"), "appointments");
  const next = appointments.appointments.find((s) => !s.cancelled && s.with.id === alexAndSam!.id);
  expect(next, "an appointment with Alex & Sam").toBeTruthy();

  const target = await userIdOf(baseURL, SECURITY_E2E_USERS.target.email);

  return {
    coupleAssignmentId: couple!.id,
    coupleId: alexAndSam!.id,
    jordanId: jordan!.id,
    clinicianUserId: me.id,
    licence: { id: tn!.id, number: tn!.number },
    coupleAppointment: { id: next!.id, durationMinutes: next!.durationMinutes },
    targetUserId: target,
  };
}

/** A seeded account's user id, read as that person (GET /api/v1/me). */
export async function userIdOf(baseURL: string, email: string): Promise<string> {
  const context = await signedIn(baseURL, email);
  const me = await json<{ id: string }>(await context.get("/api/v1/me"), `/me of ${email}`);
  await context.dispose();
  return me.id;
}

export function days(n: number): string {
  return new Date(Date.now() + n * 86_400_000).toISOString();
}

export type Throwaways = {
  /** A custom exercise of clinician@'s, not shared. */
  customSlug: string;
  /** A client invitation clinician@ sent and revoked. */
  invitationId: string;
  /** An appointment with Jordan far in the future. */
  appointmentId: string;
  /** An assignment for Jordan nobody has started. */
  assignmentId: string;
  /** A private note of clinician@'s on that assignment. */
  commentId: string;
  /** Jordan's own message thread with clinician@. */
  threadId: string;
};

/** Resources clinician@ makes for the specs to act on; nothing another spec counts on changes. */
export async function createThrowaways(
  clinician: APIRequestContext,
  ids: DemoIds,
  baseURL: string,
): Promise<Throwaways> {
  const headers = { Origin: baseURL };
  const list = await json<{
    items: {
      slug: string;
      audience: string;
      section: { id: string };
      source: string;
      perspectives: { id: string }[];
    }[];
  }>(
    await clinician.get("/api/v1/exercises?source=guide&audience=individual&pageSize=50"),
    "individual exercises",
  );
  // One everyone answers the same way (no perspective to choose), and not a standard measure (those
  // cannot be copied into a custom exercise).
  const individual =
    list.items.find((e) => e.perspectives.length === 0 && e.section.id !== "standard-measures") ??
    list.items[0];
  expect(individual, "an individual guide exercise").toBeTruthy();

  const custom = await json<{ slug: string }>(
    await clinician.post("/api/v1/exercises", { data: { basedOn: individual!.slug }, headers }),
    "custom exercise",
  );

  const invitation = await json<{ id: string }>(
    await clinician.post("/api/v1/invitations", {
      data: {
        role: "CLIENT",
        email: `security-${Date.now()}-${Math.floor(Math.random() * 1e6)}@invitee.mend.test`,
        name: "Matrix Invitee",
      },
      headers,
    }),
    "invitation",
  );
  await json(
    await clinician.post(`/api/v1/invitations/${invitation.id}/revoke`, { headers }),
    "revoke invitation",
  );

  const appointment = await json<{ id: string }>(
    await clinician.post("/api/v1/appointments", {
      data: { clientId: ids.jordanId, startsAt: days(300) },
      headers,
    }),
    "appointment",
  );

  const assigned = await json<{ items: { id: string }[] }>(
    await clinician.post("/api/v1/assignments", {
      // Several specs make one each: a copy already open is expected, not a slip.
      data: { exercise: individual!.slug, clientId: ids.jordanId, dueAt: days(30), allowDuplicate: true },
      headers,
    }),
    "assignment",
  );
  const assignmentId = assigned.items[0]?.id;
  expect(assignmentId, "the new assignment's id").toBeTruthy();

  const note = await json<{ id: string }>(
    await clinician.post(`/api/v1/assignments/${assignmentId}/comments`, {
      data: { kind: "PRIVATE_NOTE", body: "Access matrix throwaway note." },
      headers,
    }),
    "private note",
  );

  const thread = await json<{ id: string }>(
    await clinician.post("/api/v1/threads", { data: { clientId: ids.jordanId }, headers }),
    "Jordan's thread",
  );

  return {
    customSlug: custom.slug,
    invitationId: invitation.id,
    appointmentId: appointment.id,
    assignmentId: assignmentId!,
    commentId: note.id,
    threadId: thread.id,
  };
}

export function demoUser(key: DemoUserKey) {
  return DEMO_USERS[key];
}
