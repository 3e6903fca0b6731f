import { beforeEach, describe, expect, it, vi } from "vitest";
import { recordAudit, AuditMetadataError } from "@/lib/audit/record";
import type { operations } from "@/lib/api-client";
import type { AuditPageDto } from "@/lib/audit/schemas";
import { db } from "@/lib/db";
import { localDay } from "@/lib/notifications/time";
import { getClinicianResponses } from "@/lib/responses/service";
import { actorFor, createClient, createPractice, createUser } from "../../support/factories";
import { testApiClient } from "../../support/api-client";
import { signInForRoutes } from "../../support/route-session";
import { giveAssignment } from "../../support/worker";

// The admin's audit browser API: filters, cursor pagination, CSV, practice isolation.

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const api = testApiClient({ "x-request-id": "req-audit-test" });
type AuditQuery = NonNullable<operations["listAuditEvents"]["parameters"]["query"]>;
/** The audit page as text (JSON or CSV, as asked), with its status and headers. */
const get = async (query: AuditQuery = {}) => {
  const { data, error, response } = await api.GET("/api/v1/audit-events", {
    params: { query },
    parseAs: "text",
  });
  return {
    status: response.status,
    headers: response.headers,
    text: (data ?? JSON.stringify(error)) as string,
  };
};

async function page(query: AuditQuery): Promise<AuditPageDto> {
  const res = await get(query);
  expect(res.status).toBe(200);
  return JSON.parse(res.text) as AuditPageDto;
}

beforeEach(() => {
  signInForRoutes(null);
});

async function practiceWithHistory() {
  const practice = await createPractice();
  const admin = await createUser(practice.id, "ADMIN");
  const clinician = await createUser(practice.id, "CLINICIAN", { name: "Dr. Casey Brooks" });
  const alex = await createClient(practice.id, clinician.id, { name: "Alex Rivera" });
  const jordan = await createClient(practice.id, clinician.id, { name: '=HYPERLINK("http://evil.example")' });
  const at = (iso: string) => new Date(iso);
  const base = {
    practiceId: practice.id,
    actorId: clinician.id,
    actorRole: "CLINICIAN" as const,
    subjectType: "Assignment",
  };
  await db.auditEvent.createMany({
    data: [
      {
        ...base,
        action: "response.read",
        clientId: alex.id,
        subjectId: "a1",
        createdAt: at("2031-03-02T15:00:00Z"),
      },
      {
        ...base,
        action: "response.read",
        clientId: alex.id,
        subjectId: "a2",
        createdAt: at("2031-03-20T15:00:00Z"),
      },
      {
        ...base,
        action: "response.read",
        clientId: jordan.id,
        subjectId: "a3",
        createdAt: at("2031-03-21T15:00:00Z"),
      },
      {
        ...base,
        action: "assignment.created",
        clientId: alex.id,
        subjectId: "a2",
        createdAt: at("2031-03-19T15:00:00Z"),
      },
      // 1 April 02:00 UTC is still 31 March in Chicago (the admin's zone).
      {
        ...base,
        action: "response.read",
        clientId: alex.id,
        subjectId: "a4",
        createdAt: at("2031-04-01T02:00:00Z"),
      },
      {
        ...base,
        action: "response.read",
        clientId: alex.id,
        subjectId: "a5",
        createdAt: at("2031-04-02T15:00:00Z"),
      },
      {
        ...base,
        action: "response.read",
        clientId: alex.id,
        subjectId: "a0",
        createdAt: at("2031-02-27T15:00:00Z"),
      },
    ],
  });
  return { practice, admin, clinician, alex, jordan };
}

describe("GET /api/v1/audit-events", () => {
  it("answers 'who opened Alex's answers in March?' with one filter set, newest first, in the admin's time zone", async () => {
    const s = await practiceWithHistory();
    signInForRoutes(actorFor(s.admin));
    const march = await page({
      clientId: s.alex.id,
      action: "response.read",
      from: "2031-03-01",
      to: "2031-03-31",
    });
    expect(march.events.map((e) => e.subjectId)).toEqual(["a4", "a2", "a1"]);
    expect(march.events[0]).toMatchObject({
      actor: { id: s.clinician.id, name: "Dr. Casey Brooks", role: "CLINICIAN" },
      action: "response.read",
      actionLabel: "Opened answers",
      client: { id: s.alex.id, name: "Alex Rivera" },
    });
    expect(march.nextCursor).toBeNull();

    const byPerson = await page({ actorId: s.clinician.id, from: "2031-03-19", to: "2031-03-19" });
    expect(byPerson.events.map((e) => e.action)).toEqual(["assignment.created"]);
  });

  it("pages with a cursor, without gaps or repeats", async () => {
    const s = await practiceWithHistory();
    signInForRoutes(actorFor(s.admin));
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const p: AuditPageDto = await page({ clientId: s.alex.id, limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...p.events.map((e) => e.subjectId!));
      cursor = p.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    // Newest first by time; a2 twice: two events about the same assignment.
    expect(seen).toEqual(["a5", "a4", "a2", "a2", "a1", "a0"]);
  });

  it("downloads CSV with the same filters, neutralising spreadsheet formulas, and records the download", async () => {
    const s = await practiceWithHistory();
    signInForRoutes(actorFor(s.admin));
    const res = await get({ action: "response.read", from: "2031-03-21", to: "2031-03-21", format: "csv" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="mend-audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const csv = res.text;
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      '"time_utc","person","person_id","role","action","what_happened","subject_type","subject_id","client","client_id","ip","user_agent","request_id","details"',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(lines[1]).toContain('"2031-03-21T15:00:00.000Z","Dr. Casey Brooks"');
    expect(
      await db.auditEvent.findFirst({ where: { practiceId: s.practice.id, action: "audit.exported" } }),
    ).toMatchObject({
      actorId: s.admin.id,
      requestId: "req-audit-test",
      metadata: {
        rows: 1,
        action: "response.read",
        from: "2031-03-21",
        to: "2031-03-21",
        clientId: null,
        actorId: null,
      },
    });
  });

  it("shows only the admin's own practice, and only to admins", async () => {
    const s = await practiceWithHistory();
    const other = await practiceWithHistory();
    signInForRoutes(actorFor(s.admin));
    const theirs = await page({ clientId: other.alex.id });
    expect(theirs.events).toEqual([]);
    const all = await page({ limit: 200 });
    expect(all.events.every((e) => e.client === null || [s.alex.id, s.jordan.id].includes(e.client.id))).toBe(
      true,
    );

    expect((await get({ format: "csv" })).status).toBe(200);
    signInForRoutes(actorFor(s.clinician));
    expect((await get()).status).toBe(403);
    expect((await get({ format: "csv" })).status).toBe(403);
    signInForRoutes(actorFor(s.alex));
    expect((await get()).status).toBe(403);
    signInForRoutes(null);
    expect((await get()).status).toBe(401);
  });

  it("refuses malformed filters with 400", async () => {
    const s = await practiceWithHistory();
    signInForRoutes(actorFor(s.admin));
    expect((await get({ from: "2031-04-01", to: "2031-03-01" })).status).toBe(400);
    expect((await get({ from: "March" })).status).toBe(400);
    expect((await get({ cursor: "abc" })).status).toBe(400);
    expect((await get({ limit: 1000 })).status).toBe(400);
    expect((await get({ clientId: "a b" })).status).toBe(400);
    expect((await get({ action: "DROP TABLE" })).status).toBe(400);
  });
});

describe("the audit helper", () => {
  it("writes who, what, where; refuses nested or long metadata (no free text, no answers)", async () => {
    const practice = await createPractice();
    const admin = actorFor(await createUser(practice.id, "ADMIN"));
    await recordAudit(
      admin,
      { action: "test.event", subjectType: "Test", subjectId: "t1", metadata: { count: 2, ok: true } },
      { ip: "192.0.2.1", userAgent: "UA", requestId: "r1" },
    );
    expect(
      await db.auditEvent.findFirst({ where: { practiceId: practice.id, action: "test.event" } }),
    ).toMatchObject({
      actorId: admin.userId,
      actorRole: "ADMIN",
      subjectId: "t1",
      ip: "192.0.2.1",
      userAgent: "UA",
      requestId: "r1",
      metadata: { count: 2, ok: true },
    });
    await expect(
      recordAudit(admin, {
        action: "test.bad",
        subjectType: "Test",
        metadata: { answers: { a: 1 } as unknown as string },
      }),
    ).rejects.toBeInstanceOf(AuditMetadataError);
    await expect(
      recordAudit(admin, { action: "test.bad", subjectType: "Test", metadata: { text: "x".repeat(500) } }),
    ).rejects.toBeInstanceOf(AuditMetadataError);
    await expect(recordAudit(null, { action: "test.bad", subjectType: "Test" })).rejects.toBeInstanceOf(
      AuditMetadataError,
    );
    expect(await db.auditEvent.count({ where: { practiceId: practice.id, action: "test.bad" } })).toBe(0);
  });

  it("a real read shows up under 'who opened Alex's answers this month'", async () => {
    const practice = await createPractice();
    const admin = await createUser(practice.id, "ADMIN");
    const clinician = await createUser(practice.id, "CLINICIAN");
    const alex = await createClient(practice.id, clinician.id);
    const a = await giveAssignment({
      practiceId: practice.id,
      clinicianId: clinician.id,
      clientIds: [alex.id],
      dueAt: new Date(),
      state: "SUBMITTED",
      submittedAt: new Date(),
    });
    await getClinicianResponses(actorFor(clinician), a.id, { ip: "192.0.2.9", requestId: "req-read" });
    signInForRoutes(actorFor(admin));
    const today = localDay(new Date(), "America/Chicago");
    const result = await page({
      clientId: alex.id,
      action: "response.read",
      from: `${today.slice(0, 8)}01`,
      to: today,
    });
    expect(result.events).toHaveLength(1);
    expect(result.events[0]).toMatchObject({
      actor: { id: clinician.id },
      subjectId: a.id,
      ip: "192.0.2.9",
      requestId: "req-read",
    });
  });
});
