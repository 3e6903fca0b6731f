import { describe, expect, it } from "vitest";
import { getDashboard } from "@/lib/dashboard/service";
import { db } from "@/lib/db";
import { getCouplePrep } from "@/lib/prep/service";
import { DEMO_USERS } from "@/prisma/demo-data";
import { seedDemo } from "@/prisma/seed-demo";
import { DEMO_COUPLE_CHECK_INS } from "@/prisma/seed-appointments";
import { actorFor } from "../../support/factories";

describe("demo appointments and check-ins", () => {
  it("books the couple's last and next appointment once, and gives the prep view a trend per partner", async () => {
    await seedDemo(db);
    const couple = await db.couple.findFirstOrThrow({
      where: { name: "Alex & Sam", practice: { slug: "demo-counseling" } },
    });
    const counts = async () => ({
      appointments: await db.appointment.count({
        where: { OR: [{ coupleId: couple.id }, { client: { user: { email: DEMO_USERS.jordan.email } } }] },
      }),
      checkIns: await db.assignment.count({ where: { seriesId: DEMO_COUPLE_CHECK_INS } }),
    });
    const first = await counts();
    await seedDemo(db);
    expect(await counts()).toEqual(first);
    expect(first).toEqual({ appointments: 4, checkIns: 4 });

    const clinician = actorFor(
      await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.clinician.email } }),
    );
    const dashboard = await getDashboard(clinician);
    expect(dashboard.appointments.map((s) => s.with.name)).toEqual(
      expect.arrayContaining(["Alex & Sam", "Jordan Lee"]),
    );
    const prep = await getCouplePrep(clinician, couple.id);
    expect(prep.nextAppointment).not.toBeNull();
    expect(prep.lastAppointment).not.toBeNull();
    const trend = prep.trends.find((t) => t.exerciseSlug === "weekly-trust-check-in");
    expect(trend?.scales[0]?.series.map((s) => s.name).sort()).toEqual(["Alex Rivera", "Sam Rivera"]);
    expect(trend?.scales[0]?.series[0]?.points.length).toBeGreaterThanOrEqual(4);
  });
});
