import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createClient, createClinician, createPractice, createUser } from "../../support/factories";
import { BROWSER_HEADERS, setRequestHeaders, setSessionCookie } from "../../support/session-cookie";
import { signIn } from "../auth/support";

// Server actions are entry points like /api/v1 routes: anyone who finds an action's id can post to
// it. These call the real actions the way Next.js does (its request headers and the session cookie
// stood in for, tests/support/session-cookie.ts) and check the gate (lib/http/action.ts) refuses
// before anything changes: the wrong role, no Origin, a foreign Origin (also when X-Forwarded-Host
// is forged to match it), bad input. Issue 20, item 4.
vi.mock("next/headers", async (importOriginal) =>
  (await import("../../support/session-cookie")).withSessionCookie(importOriginal),
);
// Cache invalidation needs Next.js's render store; nothing here reads the cache.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.resetModules();
afterAll(() => {
  vi.resetModules();
});
afterEach(() => {
  setSessionCookie(null);
  setRequestHeaders(null);
});

const { forgetEnv } = await import("@/lib/env");
const { saveDraftSharing } = await import("@/app/(client)/account/privacy/actions");
const { scheduleAppointmentAction } = await import("@/app/(clinician)/schedule/actions");
const { duplicateExerciseAction } = await import("@/app/(clinician)/library/actions");
const { reassignCaseloadAction } = await import("@/app/(admin)/admin/people/[id]/actions");

async function signedIn(user: { email: string }) {
  const session = await signIn(user.email);
  setSessionCookie({ sid: session.sessionId, sv: session.sessionVersion });
}

async function practiceWithClient() {
  const practice = await createPractice();
  const clinician = await createClinician(practice.id);
  const client = await createClient(practice.id, clinician.id);
  return { practice, clinician, client };
}

const sharing = (share: "yes" | "no") => {
  const form = new FormData();
  form.set("share", share);
  return saveDraftSharing({ ok: true, message: "" }, form);
};
const sharesDrafts = async (userId: string) =>
  (await db.clientProfile.findUniqueOrThrow({ where: { userId } })).shareDraftsWithClinician;

function scheduleForm(values: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  return form;
}

describe("the server action gate: Origin", () => {
  it("accepts the browser's own origin", async () => {
    const { client } = await practiceWithClient();
    await signedIn(client);
    expect(await sharing("yes")).toMatchObject({ ok: true, share: true });
    expect(await sharesDrafts(client.id)).toBe(true);
  });

  it("refuses a request without an Origin header", async () => {
    const { client } = await practiceWithClient();
    await signedIn(client);
    const { origin: _origin, ...noOrigin } = BROWSER_HEADERS;
    setRequestHeaders(noOrigin);
    expect(await sharing("yes")).toMatchObject({ ok: false, code: "forbidden" });
    expect(await sharesDrafts(client.id)).toBe(false);
  });

  it("refuses a foreign Origin and the literal null origin", async () => {
    const { client } = await practiceWithClient();
    await signedIn(client);
    for (const origin of ["https://evil.example", "null", "http://localhost:3000.evil.example"]) {
      setRequestHeaders({ ...BROWSER_HEADERS, origin });
      expect(await sharing("yes"), origin).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await sharesDrafts(client.id)).toBe(false);
  });

  it("does not let a forged X-Forwarded-Host make a foreign Origin acceptable (no trusted proxy configured)", async () => {
    const { client } = await practiceWithClient();
    await signedIn(client);
    setRequestHeaders({
      ...BROWSER_HEADERS,
      origin: "https://evil.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    });
    expect(await sharing("yes")).toMatchObject({ ok: false, code: "forbidden" });
    expect(await sharesDrafts(client.id)).toBe(false);
  });

  it("does not let a forged X-Forwarded-Host make a foreign Origin acceptable behind a trusted proxy either", async () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    forgetEnv();
    try {
      const { client } = await practiceWithClient();
      await signedIn(client);
      setRequestHeaders({
        ...BROWSER_HEADERS,
        origin: "https://evil.example",
        "x-forwarded-for": "203.0.113.9",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
      });
      expect(await sharing("yes")).toMatchObject({ ok: false, code: "forbidden" });
      expect(await sharesDrafts(client.id)).toBe(false);
    } finally {
      vi.unstubAllEnvs();
      forgetEnv();
    }
  });

  it("refuses a plain form action from a foreign origin before it acts, and says so on the page it returns to", async () => {
    const { clinician } = await practiceWithClient();
    await signedIn(clinician);
    setRequestHeaders({ ...BROWSER_HEADERS, origin: "https://evil.example" });
    const before = await db.exercise.count({ where: { ownerId: clinician.id } });
    const form = new FormData();
    form.set("slug", "thought-record");
    await expect(duplicateExerciseAction(form)).rejects.toMatchObject({
      digest: expect.stringContaining("/library/thought-record?error=forbidden"),
    });
    expect(await db.exercise.count({ where: { ownerId: clinician.id } })).toBe(before);
  });
});

describe("the server action gate: who may call it", () => {
  it("refuses the wrong role before the service runs", async () => {
    const { client } = await practiceWithClient();
    await signedIn(client);
    const form = scheduleForm({
      with: `client:${client.id}`,
      date: "2031-01-06",
      time: "10:00",
      durationMinutes: "50",
      modality: "VIDEO",
    });
    expect(await scheduleAppointmentAction({ ok: false }, form)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await db.appointment.count({ where: { clientId: client.id } })).toBe(0);
  });

  it("refuses a clinician reassigning a caseload (admins only), answering on the person's page", async () => {
    const { practice, clinician } = await practiceWithClient();
    const other = await createClinician(practice.id);
    await signedIn(clinician);
    const form = new FormData();
    form.set("fromClinicianId", other.id);
    form.set("toClinicianId", clinician.id);
    await expect(reassignCaseloadAction(form)).rejects.toMatchObject({
      digest: expect.stringContaining(`/admin/people/${other.id}?error=`),
    });
    expect(await db.clientProfile.count({ where: { clinicianId: clinician.id } })).toBe(1);
  });

  it("refuses a signed-out caller", async () => {
    expect(await sharing("yes")).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("answers bad input with the form's words and the fields to fix, and changes nothing", async () => {
    const { clinician, client } = await practiceWithClient();
    await signedIn(clinician);
    const form = scheduleForm({
      with: "client:x';--",
      date: "tomorrow",
      time: "10:00",
      durationMinutes: "5",
      modality: "VIDEO",
    });
    const result = await scheduleAppointmentAction({ ok: false }, form);
    expect(result).toMatchObject({
      ok: false,
      code: "bad_request",
      message: "Please check the highlighted fields.",
    });
    expect(!result.ok && result.errors).toMatchObject({
      with: expect.any(String),
      date: "Choose a date.",
      durationMinutes: "At least 15 minutes.",
    });
    expect(await db.appointment.count({ where: { clientId: client.id } })).toBe(0);
    // The same form with good input goes through.
    const good = scheduleForm({
      with: `client:${client.id}`,
      date: "2031-01-06",
      time: "10:00",
      durationMinutes: "50",
      modality: "VIDEO",
    });
    expect(await scheduleAppointmentAction({ ok: false }, good)).toMatchObject({
      ok: true,
      message: "Appointment scheduled. The client is told by email.",
    });
    expect(await db.appointment.count({ where: { clientId: client.id } })).toBe(1);
  });

  it("answers arguments of the wrong kind (a string where the form belongs) as bad input, not a crash", async () => {
    const { client } = await practiceWithClient();
    await signedIn(client);
    const call = saveDraftSharing as unknown as (state: unknown, form: unknown) => Promise<unknown>;
    expect(await call(null, "share=yes")).toMatchObject({ ok: false, code: "bad_request" });
    expect(await sharesDrafts(client.id)).toBe(false);
  });

  it("refuses an admin's draft-sharing change by permission, not by a missing row", async () => {
    const practice = await createPractice();
    const admin = await createUser(practice.id, "ADMIN");
    await signedIn(admin);
    expect(await sharing("yes")).toMatchObject({ ok: false, code: "forbidden" });
  });
});
