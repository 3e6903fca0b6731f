import { describe, expect, it } from "vitest";
import { listMyAssignments } from "@/lib/assignments/service";
import { db } from "@/lib/db";
import { getClientResponse, getClinicianResponses } from "@/lib/responses/service";
import { DEMO_USERS } from "@/prisma/demo-data";
import { DEMO_JORDAN_SERIES } from "@/prisma/seed-assignments";
import { seedDemo } from "@/prisma/seed-demo";
import { actorFor } from "../../support/factories";

async function actorByEmail(email: string) {
  return actorFor(await db.user.findUniqueOrThrow({ where: { email } }));
}

describe("demo assignments", () => {
  it("are seeded once, in several states, and readable through the services", async () => {
    await seedDemo(db);
    const count = () => db.assignment.count({ where: { clinician: { email: DEMO_USERS.clinician.email } } });
    const first = await count();
    await seedDemo(db);
    expect(await count()).toBe(first);
    expect(first).toBeGreaterThanOrEqual(7);

    const alex = await actorByEmail(DEMO_USERS.alex.email);
    const sam = await actorByEmail(DEMO_USERS.sam.email);
    const jordan = await actorByEmail(DEMO_USERS.jordan.email);
    const clinician = await actorByEmail(DEMO_USERS.clinician.email);

    const [alexItem] = (await listMyAssignments(alex)).filter((a) => a.exercise.slug === "slowing-down");
    expect(alexItem).toMatchObject({
      state: "SUBMITTED",
      perspective: { id: "was-hurt" },
      partner: { submitted: false },
    });
    const samCopy = await getClientResponse(sam, alexItem!.id);
    expect(samCopy).toMatchObject({ state: "IN_PROGRESS", partner: { submitted: true, shared: null } });
    // Sam has not sent, so Alex's shared answers are not visible to Sam yet.
    expect(JSON.stringify(samCopy)).not.toContain("heavy sadness");

    const jordanItems = await listMyAssignments(jordan);
    const series = jordanItems.filter((a) => a.seriesId === DEMO_JORDAN_SERIES);
    expect(series).toHaveLength(6);
    expect(series.filter((a) => a.state === "ASSIGNED")).toHaveLength(1);
    expect(series.filter((a) => a.state === "REVIEWED")).toHaveLength(1);
    expect(series.filter((a) => a.state === "SUBMITTED")).toHaveLength(4);
    // The values move, so a trend is visible.
    const values = [];
    for (const week of series.filter((a) => a.submittedAt).sort((a, b) => a.dueAt.localeCompare(b.dueAt))) {
      const view = await getClinicianResponses(clinician, week.id);
      values.push(view.recipients[0]!.submitted!.answers["felt-safe"]!.value);
    }
    expect(new Set(values).size).toBeGreaterThan(2);
    // Jordan sees nothing of the couple's work.
    expect(jordanItems.some((a) => a.exercise.slug === "slowing-down")).toBe(false);
  });
});
