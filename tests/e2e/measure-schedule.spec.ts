import { expect, test } from "@playwright/test";
import { DESKTOP, signedInPage } from "./support/auth";
import { expectAccessible } from "./support/pages";

// Issue 15: a standard measure on a schedule. clinician@ gives Jordan the PHQ-9 every 2 weeks for a
// month from the assign form; three copies are made, two weeks apart, each its own piece of work.
// The copies are withdrawn at the end, so later specs find no PHQ-9 open for Jordan.

const DAY = 86_400_000;

test("the PHQ-9 every 2 weeks: the form says how many, and the copies are two weeks apart", async ({
  browser,
}) => {
  const clinician = await signedInPage(browser, "clinician", DESKTOP);
  const c = clinician.page;
  await c.goto("/assign");
  const origin = { Origin: new URL(c.url()).origin };
  const created: string[] = [];
  try {
    await c.getByLabel("Client or couple").selectOption({ label: "Jordan Lee" });
    await expect(c.getByTestId("jurisdiction-status")).toContainText("You can assign work to this client.");
    await c
      .getByLabel("Exercise", { exact: true })
      .selectOption({ label: "PHQ-9 mood questionnaire (3 min)" });
    await c.getByLabel("Repeat (for check-ins and measures)").check();
    await c.getByLabel("How often").selectOption({ label: "Every 2 weeks" });
    // Four weeks after the first due date: that one, two weeks later and four weeks later.
    const due = new Date(await c.getByLabel("Due", { exact: true }).inputValue());
    const until = new Date(due.getTime() + 28 * DAY).toISOString().slice(0, 10);
    await c.getByLabel("Until").fill(until);
    await expect(c.getByText(/^3 reflections, every 2 weeks/)).toBeVisible();
    await expectAccessible(c);
    await c.getByRole("button", { name: "Assign 3 reflections" }).click();
    await expect(c).toHaveURL(/\/assign\/[A-Za-z0-9_-]+\?created=3$/);

    const list = (await (await c.request.get("/api/v1/assignments?limit=100")).json()) as {
      items: { id: string; dueAt: string; status: string; exercise: { slug: string }; clients?: unknown }[];
    };
    const phq = list.items
      .filter((i) => i.exercise.slug === "phq-9" && i.status === "ACTIVE")
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    created.push(...phq.map((i) => i.id));
    expect(phq).toHaveLength(3);
    const gaps = phq.slice(1).map((i, n) => (Date.parse(i.dueAt) - Date.parse(phq[n]!.dueAt)) / DAY);
    // Two weeks apart in Jordan's zone (a daylight-saving change moves the UTC gap by an hour).
    for (const gap of gaps) expect(Math.abs(gap - 14)).toBeLessThanOrEqual(1 / 24);
  } finally {
    for (const id of created)
      await c.request.patch(`/api/v1/assignments/${id}`, { headers: origin, data: { withdraw: true } });
    await clinician.context.close();
  }
});
