import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { submitResponse } from "@/lib/responses/save";
import { createClinician } from "../../support/factories";
import { BROWSER_HEADERS, setRequestHeaders, setSessionCookie } from "../../support/session-cookie";
import { signIn } from "../auth/support";
import { assignmentScenario } from "../assignments/support";
import { assignMeasure, phq9Answers } from "./support";

// The risk alert actions through the action gate, as Next.js calls them: the client's clinician
// acknowledges (with a note); anyone else, a foreign Origin or bad input changes nothing. Only a
// practice admin sets the check-in threshold.
vi.mock("next/headers", async (importOriginal) =>
  (await import("../../support/session-cookie")).withSessionCookie(importOriginal),
);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.resetModules();
afterAll(() => {
  vi.resetModules();
});
afterEach(() => {
  setSessionCookie(null);
  setRequestHeaders(null);
});

const { acknowledgeRiskAlertAction } = await import("@/app/(clinician)/dashboard/actions");
const { setSafetyThresholdAction } = await import("@/app/(admin)/admin/security/actions");

async function signedIn(user: { email: string }) {
  const session = await signIn(user.email);
  setSessionCookie({ sid: session.sessionId, sv: session.sessionVersion });
}

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

async function openAlert() {
  const s = await assignmentScenario();
  const a = (await assignMeasure(s, "phq-9", { clientId: s.client.id })).items[0]!;
  await submitResponse(s.actors.client, a.id, { version: 0, answers: phq9Answers("several-days") });
  const alert = await db.riskAlert.findFirstOrThrow({ where: { clientId: s.client.id } });
  return { s, alert };
}

const acknowledged = async (id: string) =>
  (await db.riskAlert.findUniqueOrThrow({ where: { id } })).acknowledgedAt;

describe("acknowledging a risk alert through the action gate", () => {
  it("the client's clinician acknowledges it with a note", async () => {
    const { s, alert } = await openAlert();
    await signedIn(s.clinician);
    const result = await acknowledgeRiskAlertAction(
      { ok: false },
      form({ alertId: alert.id, note: "Called." }),
    );
    expect(result).toMatchObject({ ok: true });
    expect(await db.riskAlert.findUniqueOrThrow({ where: { id: alert.id } })).toMatchObject({
      note: "Called.",
    });
  });

  it("refuses the client, another clinician, a foreign Origin and a note that is too long", async () => {
    const { s, alert } = await openAlert();
    await signedIn(s.client);
    expect(await acknowledgeRiskAlertAction({ ok: false }, form({ alertId: alert.id }))).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    await signedIn(await createClinician(s.practice.id));
    expect(await acknowledgeRiskAlertAction({ ok: false }, form({ alertId: alert.id }))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    await signedIn(s.clinician);
    setRequestHeaders({ ...BROWSER_HEADERS, origin: "https://evil.example" });
    expect(await acknowledgeRiskAlertAction({ ok: false }, form({ alertId: alert.id }))).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    setRequestHeaders(null);
    expect(
      await acknowledgeRiskAlertAction({ ok: false }, form({ alertId: alert.id, note: "x".repeat(2001) })),
    ).toMatchObject({ ok: false });
    expect(await acknowledged(alert.id)).toBeNull();
  });
});

describe("setting the check-in threshold through the action gate", () => {
  it("a practice admin sets it; a clinician and an out-of-range value change nothing", async () => {
    const { s } = await openAlert();
    await signedIn(s.clinician);
    expect(await setSafetyThresholdAction({ ok: false }, form({ threshold: "5" }))).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    await signedIn(s.admin);
    expect(await setSafetyThresholdAction({ ok: false }, form({ threshold: "10" }))).toMatchObject({
      ok: false,
    });
    const threshold = async () =>
      (await db.practice.findUniqueOrThrow({ where: { id: s.practice.id } })).checkInSafetyThreshold;
    expect(await threshold()).toBe(3);
    expect(await setSafetyThresholdAction({ ok: false }, form({ threshold: "5" }))).toMatchObject({
      ok: true,
    });
    expect(await threshold()).toBe(5);
  });
});
