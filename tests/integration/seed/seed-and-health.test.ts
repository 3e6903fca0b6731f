import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseIsReachable } from "@/lib/health";
import { DEMO_USERS } from "@/prisma/demo-data";
import { seedDemo } from "@/prisma/seed-demo";

describe("demo seed", () => {
  it("creates the demo practice once, however often it runs", async () => {
    await seedDemo(db);
    const counts = async () => ({
      practices: await db.practice.count({ where: { slug: { in: ["demo-counseling", "other-practice"] } } }),
      users: await db.user.count({ where: { email: { in: Object.values(DEMO_USERS).map((u) => u.email) } } }),
      licences: await db.clinicianAuthorization.count({
        where: { clinician: { email: { endsWith: "@demo.mend.test" } } },
      }),
      couples: await db.couple.count({ where: { name: "Alex & Sam" } }),
    });
    const first = await counts();
    await seedDemo(db);
    expect(await counts()).toEqual(first);
    expect(first).toMatchObject({ practices: 2, users: Object.keys(DEMO_USERS).length, couples: 1 });
    expect(first.licences).toBeGreaterThanOrEqual(4);
  });

  it("puts Alex and Sam in TN as a couple and Jordan in VA, all with clinician@", async () => {
    await seedDemo(db);
    const profiles = await db.clientProfile.findMany({
      where: {
        user: { email: { in: [DEMO_USERS.alex.email, DEMO_USERS.sam.email, DEMO_USERS.jordan.email] } },
      },
      select: {
        currentState: true,
        coupleId: true,
        user: { select: { email: true } },
        clinician: { select: { email: true } },
      },
    });
    const byEmail = Object.fromEntries(profiles.map((p) => [p.user.email, p]));
    expect(byEmail[DEMO_USERS.alex.email]?.currentState).toBe("TN");
    expect(byEmail[DEMO_USERS.sam.email]?.coupleId).toBe(byEmail[DEMO_USERS.alex.email]?.coupleId);
    expect(byEmail[DEMO_USERS.jordan.email]).toMatchObject({ currentState: "VA", coupleId: null });
    for (const p of profiles) expect(p.clinician.email).toBe(DEMO_USERS.clinician.email);
  });
});

describe("health", () => {
  it("reports the database reachable", async () => {
    expect(await databaseIsReachable()).toBe(true);
  });
});
