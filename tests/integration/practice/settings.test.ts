import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { practiceSettingsDto } from "@/lib/practice/schemas";
import { getPracticeSettings, updatePracticeSettings } from "@/lib/practice/service";
import { sendRaw, testApiClient } from "../../support/api-client";
import { actorFor, createScenario, createPractice, createUser } from "../../support/factories";
import { signInForRoutes } from "../../support/route-session";

// The admin's practice settings over HTTP: who may read and change them, what is validated, and the
// audit event each change writes (before and after, settings only).

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const api = testApiClient();

beforeEach(() => signInForRoutes(null));

describe("practice settings", () => {
  it("an admin reads and changes their practice's settings, and the change is audited with before and after", async () => {
    const s = await createScenario();
    signInForRoutes(actorFor(s.admin));
    const read = await api.GET("/api/v1/practice/settings");
    expect(read.response.status).toBe(200);
    const before = practiceSettingsDto.parse(read.data);
    expect(before).toMatchObject({ workWord: "reflection", retentionYears: 10, locationMaxAgeDays: 90 });

    const changed = await api.PATCH("/api/v1/practice/settings", {
      body: {
        name: "Riverside Counseling",
        timeZone: "America/New_York",
        workWord: "  Homework ",
        retentionYears: 7,
        locationMaxAgeDays: 30,
      },
    });
    expect(changed.response.status).toBe(200);
    expect(changed.data).toEqual({
      name: "Riverside Counseling",
      timeZone: "America/New_York",
      workWord: "homework",
      retentionYears: 7,
      locationMaxAgeDays: 30,
      requireTwoFactor: false,
    });
    const row = await db.practice.findUniqueOrThrow({ where: { id: s.practice.id } });
    expect(row).toMatchObject({
      assignmentLabel: "homework",
      retentionYears: 7,
      timeZone: "America/New_York",
    });

    const events = await db.auditEvent.findMany({
      where: { practiceId: s.practice.id, action: "practice.settings_changed" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: s.admin.id, actorRole: "ADMIN", subjectId: s.practice.id });
    expect(events[0]!.metadata).toMatchObject({
      fields: "name,timeZone,workWord,retentionYears,locationMaxAgeDays",
      "workWord.before": "reflection",
      "workWord.after": "homework",
      "retentionYears.before": 10,
      "retentionYears.after": 7,
    });

    // Saving the same values again changes nothing and writes nothing.
    await updatePracticeSettings(actorFor(s.admin), { workWord: "homework", retentionYears: 7 });
    expect(
      await db.auditEvent.count({
        where: { practiceId: s.practice.id, action: "practice.settings_changed" },
      }),
    ).toBe(1);
  });

  it("refuses clinicians, clients and anonymous callers, and never reaches another practice", async () => {
    const s = await createScenario();
    const other = await createPractice();
    const otherAdmin = await createUser(other.id, "ADMIN");

    for (const user of [s.clinician, s.client]) {
      signInForRoutes(actorFor(user));
      expect((await api.GET("/api/v1/practice/settings")).response.status).toBe(403);
      const patched = await api.PATCH("/api/v1/practice/settings", { body: { workWord: "exercise" } });
      expect(patched.response.status).toBe(403);
    }
    signInForRoutes(null);
    expect((await api.GET("/api/v1/practice/settings")).response.status).toBe(401);

    // The other practice's admin changes their own practice, never this one.
    signInForRoutes(actorFor(otherAdmin));
    await api.PATCH("/api/v1/practice/settings", { body: { workWord: "exercise" } });
    expect((await getPracticeSettings(actorFor(s.admin))).workWord).toBe("reflection");
    expect((await db.practice.findUniqueOrThrow({ where: { id: other.id } })).assignmentLabel).toBe(
      "exercise",
    );
    expect(
      await db.auditEvent.count({
        where: { practiceId: s.practice.id, action: "practice.settings_changed" },
      }),
    ).toBe(0);
  });

  it("validates every field and names the one that is wrong", async () => {
    const s = await createScenario();
    signInForRoutes(actorFor(s.admin));
    const bad: Record<string, unknown>[] = [
      { name: "x" },
      { timeZone: "Mars/Olympus" },
      { workWord: "<b>hi</b>" },
      { workWord: "a" },
      { retentionYears: 2 },
      { retentionYears: 7.5 },
      { locationMaxAgeDays: 0 },
      { practiceId: "someone-else" },
    ];
    for (const body of bad) {
      const res = await sendRaw("PATCH", "/api/v1/practice/settings", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await getPracticeSettings(actorFor(s.admin))).workWord).toBe("reflection");
  });
});
