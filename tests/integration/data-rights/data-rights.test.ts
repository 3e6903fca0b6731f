import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openAuthSession } from "@/lib/auth/sessions/store";
import { exportMyData } from "@/lib/data-rights/export";
import { PURGED_NAME, purgeExpiredAccounts } from "@/lib/data-rights/purge";
import { clientExportSchema } from "@/lib/data-rights/schemas";
import { db } from "@/lib/db";
import { QUEUES } from "@/lib/jobs/queues";
import type { RunningWorker } from "@/lib/jobs/worker";
import { actorFor, createClient, createCouple, createPractice, createUser } from "../../support/factories";
import { sendRaw, testApiClient } from "../../support/api-client";
import { signInForRoutes, TEST_ORIGIN } from "../../support/route-session";
import { drained, giveAssignment, startTestWorker, testClock, until } from "../../support/worker";
import { CONNECTION_ADDRESS_HEADER } from "@/lib/http/request-meta";

// A client's export (only their own data), closing an account, and the retention purge, through the
// real API routes (only "who is signed in" is stood in for) and the real worker.

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

// The connection's address (as the capture writes it) is audited; a client-set X-Forwarded-For is not.
const HEADERS = {
  [CONNECTION_ADDRESS_HEADER]: "203.0.113.7",
  "x-forwarded-for": "10.0.0.1",
  "user-agent": "DataRightsTest/1.0",
  "x-request-id": "req-data-rights",
};
const api = testApiClient({ origin: TEST_ORIGIN, ...HEADERS });
const exportMine = () => api.GET("/api/v1/me/export", { parseAs: "text" });
const close = (headers?: { origin: string | null }) =>
  api.POST("/api/v1/me/close", { body: { confirm: "CLOSE" }, headers });

beforeEach(() => {
  signInForRoutes(null);
});

/** A couple with real answers on both sides, feedback for each, and private notes. */
async function coupleWithAnswers() {
  const practice = await createPractice();
  const clinician = await createUser(practice.id, "CLINICIAN", { name: "Dr. Riley Morgan" });
  const admin = await createUser(practice.id, "ADMIN");
  const { couple, partners } = await createCouple(practice.id, clinician.id);
  const [alex, sam] = partners;
  const shared = await giveAssignment({
    practiceId: practice.id,
    clinicianId: clinician.id,
    clientIds: [alex.id, sam.id],
    coupleId: couple.id,
    dueAt: new Date(Date.now() + 86_400_000),
    exercise: "slowing-down",
    perspectives: { [alex.id]: "was-hurt", [sam.id]: "caused-harm" },
    state: "SUBMITTED",
    submittedAt: new Date(),
  });
  const samOnly = await giveAssignment({
    practiceId: practice.id,
    clinicianId: clinician.id,
    clientIds: [sam.id],
    dueAt: new Date(Date.now() + 86_400_000),
  });
  const alexCopy = shared.recipients.find((r) => r.clientId === alex.id)!;
  const samCopy = shared.recipients.find((r) => r.clientId === sam.id)!;
  const alexAnswers = {
    "feelings-now": { value: ["grief", "fear"], shared: true },
    "feelings-in-words": { value: "ALEX-OWN-WORDS", shared: false },
    readiness: { value: "small-steps", shared: true },
  };
  const samAnswers = {
    "what-i-did": { value: "SAM-PRIVATE-WORDS", shared: false },
    "impact-on-partner": { value: "SAM-SHARED-WORDS", shared: true },
  };
  await db.response.create({
    data: {
      recipientId: alexCopy.id,
      answers: alexAnswers,
      version: 3,
      revisions: {
        create: [
          {
            number: 1,
            answers: { "feelings-in-words": { value: "ALEX-FIRST-DRAFT", shared: false } },
            submittedAt: new Date(Date.now() - 3_600_000),
          },
          { number: 2, answers: alexAnswers },
        ],
      },
    },
  });
  await db.response.create({
    data: {
      recipientId: samCopy.id,
      answers: samAnswers,
      version: 1,
      revisions: { create: [{ number: 1, answers: samAnswers }] },
    },
  });
  const base = { practiceId: practice.id, assignmentId: shared.id, authorId: clinician.id };
  await db.comment.createMany({
    data: [
      {
        ...base,
        recipientId: alexCopy.id,
        kind: "FEEDBACK",
        promptId: "feelings-in-words",
        body: "FEEDBACK-FOR-ALEX",
      },
      { ...base, recipientId: samCopy.id, kind: "FEEDBACK", body: "FEEDBACK-FOR-SAM" },
      { ...base, recipientId: null, kind: "FEEDBACK", body: "FEEDBACK-FOR-BOTH" },
      { ...base, recipientId: alexCopy.id, kind: "PRIVATE_NOTE", body: "CLINICIAN-PRIVATE-NOTE" },
    ],
  });
  await db.clientLocation.create({ data: { clientId: alex.id, state: "VA", source: "SUBMISSION" } });
  return { practice, clinician, admin, couple, alex, sam, shared, samOnly, alexCopy, samCopy };
}

describe("GET /api/v1/me/export", () => {
  it("gives the client everything they wrote, and nothing of their partner's", async () => {
    const s = await coupleWithAnswers();
    signInForRoutes(actorFor(s.alex));
    const { data: text, response: res } = await exportMine();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="mend-my-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.headers.get("cache-control")).toBe("no-store");
    const data = clientExportSchema.parse(JSON.parse(text!));

    expect(data.profile).toMatchObject({
      name: s.alex.name,
      email: s.alex.email,
      clinician: "Dr. Riley Morgan",
      couple: s.couple.name,
    });
    expect(data.locations.map((l) => l.state)).toEqual(["TN", "VA"]);
    expect(data.assignments).toHaveLength(1);
    const work = data.assignments[0]!;
    expect(work).toMatchObject({
      id: s.shared.id,
      title: "Slowing down",
      perspective: "The partner who was hurt",
      state: "SUBMITTED",
    });
    expect(work.questions.map((q) => q.id)).toContain("what-would-help-safety");
    expect(work.answers.find((a) => a.promptId === "feelings-now")).toMatchObject({
      question: "What are you feeling when you think about it now?",
      value: ["grief", "fear"],
      text: "Grief or sadness; Fear or worry",
      sharedWithPartner: true,
    });
    expect(work.answers.find((a) => a.promptId === "readiness")?.text).toBe("I'm ready for small steps");
    expect(work.revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(work.revisions[0]!.answers[0]).toMatchObject({
      promptId: "feelings-in-words",
      text: "ALEX-FIRST-DRAFT",
    });
    expect(work.feedback.map((f) => f.text).sort()).toEqual(["FEEDBACK-FOR-ALEX", "FEEDBACK-FOR-BOTH"]);
    expect(work.feedback.find((f) => f.text === "FEEDBACK-FOR-ALEX")?.question).toBe(
      "Say a little more about what you're feeling, without hurrying past it.",
    );

    // Not the partner's answers (shared or not), feedback, assignments; not the clinician's notes.
    for (const secret of [
      "SAM-PRIVATE-WORDS",
      "SAM-SHARED-WORDS",
      "FEEDBACK-FOR-SAM",
      "CLINICIAN-PRIVATE-NOTE",
      s.samOnly.id,
      s.samCopy.id,
      s.sam.email,
    ]) {
      expect(text).not.toContain(secret);
    }

    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "data.exported", actorId: s.alex.id },
    });
    expect(event).toMatchObject({
      practiceId: s.practice.id,
      actorRole: "CLIENT",
      clientId: s.alex.id,
      subjectType: "ClientProfile",
      subjectId: s.alex.id,
      ip: "203.0.113.7",
      userAgent: "DataRightsTest/1.0",
      requestId: "req-data-rights",
      metadata: { format: "json", assignments: 1 },
    });
    expect(JSON.stringify(event.metadata)).not.toContain("ALEX-OWN-WORDS");
  });

  it("is for clients only: 401 signed out, 403 for clinicians and admins", async () => {
    const s = await coupleWithAnswers();
    expect((await exportMine()).response.status).toBe(401);
    signInForRoutes(actorFor(s.clinician));
    expect((await exportMine()).response.status).toBe(403);
    signInForRoutes(actorFor(s.admin));
    expect((await exportMine()).response.status).toBe(403);
    await expect(exportMyData(actorFor(s.clinician), {}, "page")).rejects.toMatchObject({ status: 403 });
    expect(await db.auditEvent.count({ where: { action: "data.exported", practiceId: s.practice.id } })).toBe(
      0,
    );
  });
});

describe("POST /api/v1/me/close", () => {
  it("deactivates the client at once, ends every sign-in session, keeps the record, and is audited", async () => {
    const s = await coupleWithAnswers();
    const sessionId = await openAuthSession(s.alex.id, "CLIENT", "phone");
    const before = await db.user.findUniqueOrThrow({
      where: { id: s.alex.id },
      select: { sessionVersion: true },
    });
    signInForRoutes(actorFor(s.alex));

    // A confirmation word outside the documented one: a raw request, which the typed client would not build.
    expect(
      (await sendRaw("POST", "/api/v1/me/close", { confirm: "close" }, { origin: TEST_ORIGIN, ...HEADERS }))
        .status,
    ).toBe(400);
    expect((await close({ origin: null })).response.status).toBe(403);
    expect((await close({ origin: "https://evil.example" })).response.status).toBe(403);
    expect(await db.clientProfile.findUniqueOrThrow({ where: { userId: s.alex.id } })).toMatchObject({
      closedAt: null,
    });

    const res = await close();
    expect(res.response.status).toBe(200);
    const body = res.data!;
    const profile = await db.clientProfile.findUniqueOrThrow({ where: { userId: s.alex.id } });
    expect(profile.closedAt?.toISOString()).toBe(body.closedAt);
    // Retention counts from the last service (here: the submission), 10 years by default.
    expect(profile.lastServiceAt).not.toBeNull();
    const expected = new Date(profile.lastServiceAt!);
    expected.setUTCFullYear(expected.getUTCFullYear() + 10);
    expect(body.keptUntil).toBe(expected.toISOString());

    const user = await db.user.findUniqueOrThrow({ where: { id: s.alex.id } });
    expect(user.deactivatedAt).not.toBeNull();
    expect(user.sessionVersion).toBe(before.sessionVersion + 1);
    expect((await db.authSession.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).not.toBeNull();
    // The record is kept; the partner is untouched.
    expect(await db.response.count({ where: { recipientId: s.alexCopy.id } })).toBe(1);
    expect(await db.user.findUniqueOrThrow({ where: { id: s.sam.id } })).toMatchObject({
      deactivatedAt: null,
    });
    expect(
      await db.auditEvent.findFirst({ where: { action: "account.closed", clientId: s.alex.id } }),
    ).toMatchObject({
      actorId: s.alex.id,
      ip: "203.0.113.7",
      requestId: "req-data-rights",
    });
  });

  it("is refused to staff (403) and to nobody signed in (401)", async () => {
    const s = await coupleWithAnswers();
    expect((await close()).response.status).toBe(401);
    for (const staff of [s.clinician, s.admin]) {
      signInForRoutes(actorFor(staff));
      expect((await close()).response.status).toBe(403);
      expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).deactivatedAt).toBeNull();
    }
  });
});

describe("retention purge", () => {
  let worker: RunningWorker | undefined;
  afterAll(async () => {
    await worker?.stop();
  });

  it("keeps a closed record through the retention period, then the scheduled job deletes the client's PHI and records the purge", async () => {
    const s = await coupleWithAnswers();
    const solo = await giveAssignment({
      practiceId: s.practice.id,
      clinicianId: s.clinician.id,
      clientIds: [s.alex.id],
      dueAt: new Date(),
    });
    await db.comment.create({
      data: {
        practiceId: s.practice.id,
        assignmentId: solo.id,
        authorId: s.clinician.id,
        kind: "FEEDBACK",
        body: "SOLO-NOTE",
      },
    });
    await db.appointment.create({
      data: {
        practiceId: s.practice.id,
        clinicianId: s.clinician.id,
        clientId: s.alex.id,
        startsAt: new Date(Date.now() - 86_400_000),
      },
    });
    signInForRoutes(actorFor(s.alex));
    const closed = (await close()).data!;

    const keptUntil = new Date(closed.keptUntil);
    const clock = testClock(new Date(keptUntil.getTime() - 86_400_000));
    worker = await startTestWorker(clock.now);

    // A day before the end of retention: the job runs and keeps everything.
    await worker.boss.send(QUEUES.retentionPurge.name, {});
    await drained();
    expect(await db.response.count({ where: { recipientId: s.alexCopy.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "client.purged", clientId: s.alex.id } })).toBe(0);

    // The day after: purged.
    clock.set(new Date(keptUntil.getTime() + 86_400_000));
    await worker.boss.send(QUEUES.retentionPurge.name, {});
    await drained();
    await until(
      () => db.auditEvent.count({ where: { action: "client.purged", clientId: s.alex.id } }),
      (n) => n === 1,
      "the purge record",
    );

    expect(await db.response.count({ where: { recipientId: s.alexCopy.id } })).toBe(0);
    expect(await db.responseRevision.count({ where: { response: { recipientId: s.alexCopy.id } } })).toBe(0);
    expect(await db.assignmentRecipient.count({ where: { clientId: s.alex.id } })).toBe(0);
    expect(await db.assignment.count({ where: { id: solo.id } })).toBe(0);
    expect(
      await db.comment.count({ where: { OR: [{ recipientId: s.alexCopy.id }, { assignmentId: solo.id }] } }),
    ).toBe(0);
    expect(await db.clientLocation.count({ where: { clientId: s.alex.id } })).toBe(0);
    expect(await db.appointment.count({ where: { clientId: s.alex.id } })).toBe(0);
    const user = await db.user.findUniqueOrThrow({ where: { id: s.alex.id } });
    expect(user).toMatchObject({ name: PURGED_NAME, passwordHash: null });
    expect(user.email).not.toBe(s.alex.email);
    expect(await db.clientProfile.findUniqueOrThrow({ where: { userId: s.alex.id } })).toMatchObject({
      currentState: null,
      coupleId: null,
    });

    // The partner keeps their own work, and the feedback addressed to both.
    expect(await db.response.count({ where: { recipientId: s.samCopy.id } })).toBe(1);
    const left = await db.comment.findMany({ where: { assignmentId: s.shared.id }, select: { body: true } });
    expect(left.map((c) => c.body).sort()).toEqual(["FEEDBACK-FOR-BOTH", "FEEDBACK-FOR-SAM"]);
    expect(await db.assignment.count({ where: { id: s.shared.id } })).toBe(1);

    const record = await db.auditEvent.findFirstOrThrow({
      where: { action: "client.purged", clientId: s.alex.id },
    });
    expect(record).toMatchObject({
      actorId: null,
      practiceId: s.practice.id,
      subjectType: "ClientProfile",
      subjectId: s.alex.id,
    });
    expect(record.metadata).toMatchObject({
      responses: 1,
      revisions: 2,
      assignmentCopies: 2,
      assignments: 1,
      locations: 2,
      appointments: 1,
      reason: "retention",
    });
    // The audit trail before the purge is still there (append-only).
    expect(await db.auditEvent.count({ where: { action: "account.closed", clientId: s.alex.id } })).toBe(1);

    // Running again purges nothing more and records nothing more.
    expect(await purgeExpiredAccounts(new Date(keptUntil.getTime() + 2 * 86_400_000))).toEqual({ purged: 0 });
    expect(await db.auditEvent.count({ where: { action: "client.purged", clientId: s.alex.id } })).toBe(1);
  });

  it("follows each practice's own retention period and never touches open accounts", async () => {
    const practice = await db.practice.update({
      where: { id: (await createPractice()).id },
      data: { retentionYears: 2 },
    });
    const clinician = await createUser(practice.id, "CLINICIAN");
    const old = await createClient(practice.id, clinician.id);
    const recent = await createClient(practice.id, clinician.id);
    const open = await createClient(practice.id, clinician.id);
    const now = new Date("2040-06-01T00:00:00Z");
    await db.clientProfile.update({
      where: { userId: old.id },
      data: { closedAt: new Date("2038-01-01T00:00:00Z"), lastServiceAt: new Date("2038-05-01T00:00:00Z") },
    });
    await db.clientProfile.update({
      where: { userId: recent.id },
      data: { closedAt: new Date("2039-01-01T00:00:00Z"), lastServiceAt: new Date("2038-07-01T00:00:00Z") },
    });
    await db.clientProfile.update({
      where: { userId: open.id },
      data: { lastServiceAt: new Date("2030-01-01T00:00:00Z") },
    });

    const result = await purgeExpiredAccounts(now);
    expect(result.purged).toBeGreaterThanOrEqual(1);
    const purged = await db.auditEvent.findMany({
      where: { action: "client.purged", clientId: { in: [old.id, recent.id, open.id] } },
      select: { clientId: true },
    });
    expect(purged.map((p) => p.clientId)).toEqual([old.id]);
    expect(await db.clientLocation.count({ where: { clientId: recent.id } })).toBe(1);
    expect(await db.clientLocation.count({ where: { clientId: open.id } })).toBe(1);
  });
});
