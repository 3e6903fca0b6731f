import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { RunningWorker } from "@/lib/jobs/worker";
import { isQuietTime, safeTimeZone } from "@/lib/notifications/time";
import { submitResponse } from "@/lib/responses/save";
import { RISK_ALERT_SUBJECT } from "@/lib/risk/email";
import { deliverRiskAlert } from "@/lib/risk/notify";
import { acknowledgeRiskAlert, listOpenRiskAlerts } from "@/lib/risk/service";
import { getCheckInSafetyThreshold, setCheckInSafetyThreshold } from "@/lib/risk/settings";
import { actorFor, createClinician } from "../../support/factories";
import { SETTINGS, drained, outboxTo, startTestWorker, testClock, until } from "../../support/worker";
import { assignCheckIn, assignmentScenario, type Scenario } from "../assignments/support";
import { assignMeasure, checkInAnswers, phq9Answers, zoneWhereItIs } from "./support";

// Risk alerts: raised with the submission, emailed through the real job queue at once and inside
// quiet hours, listed for the client's clinician only, and open until acknowledged; both audited.

const clock = testClock(new Date());
let worker: RunningWorker;

beforeAll(async () => {
  worker = await startTestWorker(clock.now);
});

afterAll(async () => {
  await worker.stop();
});

/** A scenario whose clinician is in the middle of their quiet hours (02:00 where they are). */
async function quietScenario(): Promise<Scenario> {
  const s = await assignmentScenario();
  const zone = zoneWhereItIs(2);
  await db.user.update({ where: { id: s.clinician.id }, data: { timeZone: zone } });
  expect(isQuietTime(new Date(), safeTimeZone(zone), SETTINGS.quiet)).toBe(true);
  clock.set(new Date());
  return s;
}

async function auditActions(clientId: string) {
  const rows = await db.auditEvent.findMany({
    where: { clientId },
    orderBy: { id: "asc" },
    select: { action: true, metadata: true },
  });
  return rows.filter((r) => r.action.startsWith("risk_alert."));
}

describe("PHQ-9 item 9", () => {
  it("answered 'Several days': an alert, the crisis screen, and an email within the minute despite quiet hours", async () => {
    const s = await quietScenario();
    const a = (await assignMeasure(s, "phq-9", { clientId: s.client.id })).items[0]!;
    const sentAt = Date.now();
    const result = await submitResponse(s.actors.client, a.id, {
      version: 0,
      answers: phq9Answers("several-days"),
    });
    expect(result.crisisSupport).toBe(true);

    const alerts = await db.riskAlert.findMany({ where: { clientId: s.client.id } });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      kind: "SELF_HARM_ITEM",
      clinicianId: s.clinician.id,
      acknowledgedAt: null,
    });
    expect(await auditActions(s.client.id)).toEqual([
      { action: "risk_alert.raised", metadata: { kind: "SELF_HARM_ITEM" } },
    ]);

    await drained();
    const emails = await until(
      () => outboxTo(s.clinician.email),
      (m) => m.length === 1,
      "the alert email",
    );
    expect(emails[0]!.createdAt.getTime() - sentAt).toBeLessThan(60_000);
    expect(emails[0]!.subject).toBe(RISK_ALERT_SUBJECT);
    // Nothing clinical, and not even who: the link leads to where it can be read after signing in.
    const body = emails[0]!.text;
    expect(body).toContain("needs your attention");
    expect(body).toContain("http://localhost:3000/dashboard");
    expect(body).toContain("/settings/notifications");
    for (const secret of [s.client.name, s.client.email, "PHQ", "self-harm", "hurting", "dead"])
      expect(body).not.toContain(secret);
    expect(await db.notificationLog.count({ where: { key: `risk-alert:${alerts[0]!.id}` } })).toBe(1);
  });

  it("also goes to a clinician who turned email reminders off", async () => {
    const s = await quietScenario();
    await db.user.update({ where: { id: s.clinician.id }, data: { emailOptOut: true } });
    const a = (await assignMeasure(s, "phq-9", { clientId: s.client.id })).items[0]!;
    await submitResponse(s.actors.client, a.id, { version: 0, answers: phq9Answers("nearly-every-day") });
    await drained();
    const emails = await until(
      () => outboxTo(s.clinician.email),
      (m) => m.length >= 1,
      "the alert email",
    );
    expect(emails.map((e) => e.subject)).toContain(RISK_ALERT_SUBJECT);
  });

  it("answered 'Not at all': no alert, no crisis screen, no alert email", async () => {
    const s = await quietScenario();
    const a = (await assignMeasure(s, "phq-9", { clientId: s.client.id })).items[0]!;
    const result = await submitResponse(s.actors.client, a.id, {
      version: 0,
      answers: phq9Answers("not-at-all"),
    });
    expect(result.crisisSupport).toBe(false);
    expect(await db.riskAlert.count({ where: { clientId: s.client.id } })).toBe(0);
    await drained();
    expect((await outboxTo(s.clinician.email)).map((e) => e.subject)).not.toContain(RISK_ALERT_SUBJECT);
  });
});

describe("the weekly check-in's 'how safe did you feel'", () => {
  it("at or below the practice threshold raises an alert; above it does not; the practice sets the threshold", async () => {
    const s = await quietScenario();
    const low = await assignCheckIn(s);
    expect(
      (await submitResponse(s.actors.client, low.id, { version: 0, answers: checkInAnswers(3) }))
        .crisisSupport,
    ).toBe(true);
    const fine = await assignCheckIn(s, { allowDuplicate: true });
    expect(
      (await submitResponse(s.actors.client, fine.id, { version: 0, answers: checkInAnswers(5) }))
        .crisisSupport,
    ).toBe(false);
    expect(await getCheckInSafetyThreshold(s.actors.clinician)).toBe(3);
    // Only a practice admin sets it, within the scale, and the change is audited.
    const byClinician = await setCheckInSafetyThreshold(s.actors.clinician, 5).catch((e: unknown) => e);
    expect(isAppError(byClinician) && byClinician.code).toBe("forbidden");
    const outOfRange = await setCheckInSafetyThreshold(s.actors.admin, 10).catch((e: unknown) => e);
    expect(isAppError(outOfRange) && outOfRange.code).toBe("bad_request");
    await setCheckInSafetyThreshold(s.actors.admin, 5);
    expect(
      await db.auditEvent.count({
        where: { action: "practice.safety_threshold_changed", practiceId: s.practice.id },
      }),
    ).toBe(1);
    const stricter = await assignCheckIn(s, { allowDuplicate: true });
    expect(
      (await submitResponse(s.actors.client, stricter.id, { version: 0, answers: checkInAnswers(5) }))
        .crisisSupport,
    ).toBe(true);
    const kinds = await db.riskAlert.findMany({
      where: { clientId: s.client.id },
      select: { kind: true, assignmentId: true },
    });
    expect(kinds).toEqual(
      expect.arrayContaining([
        { kind: "LOW_SAFETY", assignmentId: low.id },
        { kind: "LOW_SAFETY", assignmentId: stricter.id },
      ]),
    );
    expect(kinds).toHaveLength(2);
  });
});

describe("seeing and acknowledging an alert", () => {
  it("the client's clinician sees it until they acknowledge it, with a note; both are audited; no one else can", async () => {
    const s = await quietScenario();
    const a = (await assignMeasure(s, "phq-9", { clientId: s.client.id })).items[0]!;
    await submitResponse(s.actors.client, a.id, {
      version: 0,
      answers: phq9Answers("more-than-half-the-days"),
    });

    const open = await listOpenRiskAlerts(s.actors.clinician);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      kind: "SELF_HARM_ITEM",
      clientId: s.client.id,
      clientName: s.client.name,
      prepHref: `/prep/clients/${s.client.id}`,
    });
    expect(await listOpenRiskAlerts(s.actors.clinician, { clientIds: [s.partners[0].id] })).toEqual([]);

    // Another clinician of the practice: sees nothing, and cannot acknowledge it (404, not 403).
    const other = actorFor(await createClinician(s.practice.id));
    expect(await listOpenRiskAlerts(other)).toEqual([]);
    const denied = await acknowledgeRiskAlert(other, { alertId: open[0]!.id }).catch((e: unknown) => e);
    expect(isAppError(denied) && denied.code).toBe("not_found");
    // A client cannot acknowledge anything.
    const byClient = await acknowledgeRiskAlert(s.actors.client, { alertId: open[0]!.id }).catch(
      (e: unknown) => e,
    );
    expect(isAppError(byClient) && byClient.code).toBe("forbidden");

    await acknowledgeRiskAlert(s.actors.clinician, {
      alertId: open[0]!.id,
      note: "Called her; safety plan in place.",
    });
    expect(await listOpenRiskAlerts(s.actors.clinician)).toEqual([]);
    const row = await db.riskAlert.findUniqueOrThrow({ where: { id: open[0]!.id } });
    expect(row).toMatchObject({
      acknowledgedById: s.clinician.id,
      note: "Called her; safety plan in place.",
    });
    expect(row.acknowledgedAt).not.toBeNull();

    const again = await acknowledgeRiskAlert(s.actors.clinician, { alertId: open[0]!.id }).catch(
      (e: unknown) => e,
    );
    expect(isAppError(again) && again.code).toBe("conflict");

    // The trail: raised, seen, acknowledged (the note is not in it).
    const trail = await auditActions(s.client.id);
    expect(trail.map((t) => t.action)).toEqual([
      "risk_alert.raised",
      "risk_alert.viewed",
      "risk_alert.acknowledged",
    ]);
    expect(trail[2]!.metadata).toEqual({ kind: "SELF_HARM_ITEM", withNote: true });
    expect(JSON.stringify(trail)).not.toContain("safety plan");

    // An acknowledged alert whose email had not gone out yet is no longer emailed.
    await db.notificationLog.deleteMany({ where: { key: `risk-alert:${row.id}` } });
    expect(await deliverRiskAlert(row.id, new Date())).toEqual({
      outcome: "skipped",
      reason: "acknowledged",
    });
  });
});
