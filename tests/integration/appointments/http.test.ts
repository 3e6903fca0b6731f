import ICAL from "ical.js";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { calendarFeedStatus, revokeCalendarFeed, rotateCalendarFeed } from "@/lib/appointments/calendar-feed";
import { cancelAppointment, createAppointment } from "@/lib/appointments/service";
import { sendRaw, settle, testApiClient } from "../../support/api-client";
import { signInForRoutes } from "../../support/route-session";
import { actorFor, createClient, createScenario, createUser } from "../../support/factories";

// The client's own appointments and their .ics, the clinician's private feed and the API's denial
// paths, through the real route handlers (only who is signed in is stood in for).
vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const api = testApiClient();
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeEach(() => {
  signInForRoutes(null);
});

async function scenario() {
  const s = await createScenario();
  const actor = actorFor(s.clinician);
  const coupleSession = await createAppointment(actor, {
    coupleId: s.couple.id,
    startsAt: inDays(2),
    durationMinutes: 50,
    modality: "VIDEO",
    videoUrl: "https://video.example.com/room",
  });
  const clientSession = await createAppointment(actor, {
    clientId: s.client.id,
    startsAt: inDays(3),
    durationMinutes: 45,
    modality: "IN_PERSON",
  });
  return { ...s, actor, coupleSession, clientSession };
}

function feedPath(url: string) {
  return new URL(url).pathname;
}

describe("a client's own appointments", () => {
  it("both partners see the couple's appointment, with the video link, and download its .ics", async () => {
    const s = await scenario();
    for (const partner of s.partners) {
      signInForRoutes(actorFor(partner));
      const { status, body } = await settle(api.GET("/api/v1/me/appointments"));
      expect(status).toBe(200);
      expect(body.appointments).toEqual([
        expect.objectContaining({
          id: s.coupleSession.id,
          withCouple: true,
          videoUrl: "https://video.example.com/room",
        }),
      ]);
      const ics = await sendRaw("GET", `/api/v1/me/appointments/${s.coupleSession.id}/calendar`);
      expect(ics.status).toBe(200);
      expect(ics.headers.get("content-type")).toContain("text/calendar");
      const event = new ICAL.Component(ICAL.parse(await ics.text())).getFirstSubcomponent("vevent")!;
      expect(event.getFirstPropertyValue("uid")).toMatch(new RegExp(`^appointment-${s.coupleSession.id}@`));
    }
  });

  it("404s another client's appointment and a cancelled one; 403 for clinicians, 401 signed out", async () => {
    const s = await scenario();
    signInForRoutes(actorFor(s.client));
    const other = await sendRaw("GET", `/api/v1/me/appointments/${s.coupleSession.id}/calendar`);
    expect(other.status).toBe(404);
    await cancelAppointment(s.actor, s.clientSession.id);
    expect((await sendRaw("GET", `/api/v1/me/appointments/${s.clientSession.id}/calendar`)).status).toBe(404);
    expect((await settle(api.GET("/api/v1/me/appointments"))).body.appointments).toEqual([]);

    signInForRoutes(s.actor);
    expect((await settle(api.GET("/api/v1/me/appointments"))).status).toBe(403);
    signInForRoutes(null);
    expect((await settle(api.GET("/api/v1/me/appointments"))).status).toBe(401);
  });
});

describe("the clinician's API", () => {
  it("refuses an http video link and a past start with the field named; another clinician gets 404", async () => {
    const s = await scenario();
    signInForRoutes(s.actor);
    const http = await sendRaw("POST", "/api/v1/appointments", {
      clientId: s.client.id,
      startsAt: inDays(1),
      videoUrl: "http://video.example.com/room",
    });
    expect(http.status).toBe(400);
    expect((await http.json()).error.details).toEqual([expect.objectContaining({ path: "videoUrl" })]);
    const script = await sendRaw("PATCH", `/api/v1/appointments/${s.clientSession.id}`, {
      videoUrl: "javascript:alert(1)",
    });
    expect(script.status).toBe(400);
    const past = await settle(
      api.POST("/api/v1/appointments", { body: { clientId: s.client.id, startsAt: inDays(-1) } }),
    );
    expect(past.status).toBe(422);

    const series = await settle(
      api.POST("/api/v1/appointments", {
        body: { clientId: s.client.id, startsAt: inDays(1), repeatWeeks: 4 },
      }),
    );
    expect(series.status).toBe(201);
    const rows = await db.appointment.findMany({
      where: { seriesId: series.body.seriesId as string },
      orderBy: { startsAt: "asc" },
    });
    expect(rows).toHaveLength(4);
    expect(rows[3]!.startsAt.getTime() - rows[0]!.startsAt.getTime()).toBeGreaterThanOrEqual(
      21 * 86_400_000 - 3_600_000,
    );

    const colleague = await createUser(s.practice.id, "CLINICIAN");
    signInForRoutes(actorFor(colleague));
    const moved = await settle(
      api.PATCH("/api/v1/appointments/{id}", {
        params: { path: { id: s.clientSession.id } },
        body: { videoUrl: "https://video.example.com/other" },
      }),
    );
    expect(moved.status).toBe(404);
  });
});

describe("the private calendar feed", () => {
  it("shows initials only, and answers 404 once the address is replaced or turned off", async () => {
    const s = await scenario();
    // A client with a distinctive name, to prove it never reaches the feed.
    const named = await createClient(s.practice.id, s.clinician.id, { state: "TN" });
    await db.user.update({ where: { id: named.id }, data: { name: "Zebulon Quartermaine" } });
    await createAppointment(s.actor, {
      clientId: named.id,
      startsAt: inDays(4),
      durationMinutes: 50,
      modality: "IN_PERSON",
    });
    const { url } = await rotateCalendarFeed(s.actor);
    expect((await calendarFeedStatus(s.actor)).active).toBe(true);

    const res = await sendRaw("GET", feedPath(url), undefined, { origin: null });
    expect(res.status).toBe(200);
    const text = await res.text();
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
    const summaries = events.map((e) => String(e.getFirstPropertyValue("summary")));
    expect(summaries).toContain("Session · Z.Q.");
    expect(summaries).toContain(
      `Video session · ${s.partners
        .map((p) =>
          p.name
            .split(" ")
            .map((w) => `${w[0]!.toUpperCase()}.`)
            .join(""),
        )
        .join(" & ")}`,
    );
    for (const name of ["Zebulon", "Quartermaine", s.client.name, ...s.partners.map((p) => p.name)])
      expect(text).not.toContain(name);
    expect(text).not.toContain("video.example.com");

    const { url: next } = await rotateCalendarFeed(s.actor);
    expect((await sendRaw("GET", feedPath(url))).status).toBe(404);
    expect((await sendRaw("GET", feedPath(next))).status).toBe(200);
    await revokeCalendarFeed(s.actor);
    expect((await sendRaw("GET", feedPath(next))).status).toBe(404);
    expect((await sendRaw("GET", "/api/v1/calendar-feed/not-a-token")).status).toBe(400);

    const trail = await db.auditEvent.findMany({
      where: { actorId: s.clinician.id, subjectType: "CalendarFeed" },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(trail.map((t) => t.action)).toEqual([
      "calendar_feed.created",
      "calendar_feed.created",
      "calendar_feed.revoked",
    ]);
  });

  it("is rate-limited per address (429 with Retry-After)", async () => {
    const s = await scenario();
    const { url } = await rotateCalendarFeed(s.actor);
    const ip = { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 200) + 1}` };
    let last = 0;
    for (let i = 0; i < 61; i += 1) last = (await sendRaw("GET", feedPath(url), undefined, ip)).status;
    const limited = await sendRaw("GET", feedPath(url), undefined, ip);
    expect(last).toBe(429);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("is only for clinicians: clients cannot make one", async () => {
    const s = await scenario();
    await expect(rotateCalendarFeed(actorFor(s.client))).rejects.toMatchObject({ status: 403 });
  });
});
