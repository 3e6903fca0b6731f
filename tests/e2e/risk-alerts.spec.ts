import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { readFileSync } from "node:fs";
import { e2eDatabaseUrlFile } from "../support/e2e-database-file";
import { DEMO_USERS, DESKTOP, PHONE, signedInPage } from "./support/auth";
import { expectAccessible, prompt } from "./support/pages";

// Issue 15's journey: clinician@ assigns the PHQ-9 to Jordan; Jordan answers question 9 with
// "Several days" (1) and sees where to get help now; the clinician's dashboard shows the alert; the
// alert email is in the outbox within 60 seconds (through the job queue: it ignores quiet hours,
// which the integration tests prove at 02:00 local time); acknowledging it is in the audit trail.

const SUBJECT = "A client's check-in needs your attention";

async function alertEmails(to: string): Promise<{ subject: string; text: string; createdAt: Date }[]> {
  const client = new Client({ connectionString: readFileSync(e2eDatabaseUrlFile(), "utf8").trim() });
  await client.connect();
  try {
    const { rows } = await client.query<{ subject: string; text: string; createdAt: Date }>(
      `SELECT "subject", "text", "createdAt" FROM "OutboxEmail" WHERE "to" = $1 AND "subject" = $2`,
      [to.toLowerCase(), SUBJECT],
    );
    return rows;
  } finally {
    await client.end();
  }
}

test("a PHQ-9 answer about self-harm: crisis support for the client, an alert and an email for the clinician", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const clinicianEmail = DEMO_USERS.clinician.email;
  const before = (await alertEmails(clinicianEmail)).length;

  // 1. The clinician gives Jordan the PHQ-9 from the library.
  const clinician = await signedInPage(browser, "clinician", DESKTOP);
  const c = clinician.page;
  await c.goto("/assign");
  await c.getByLabel("Client or couple").selectOption({ label: "Jordan Lee" });
  await expect(c.getByTestId("jurisdiction-status")).toContainText("You can assign work to this client.");
  await c.getByLabel("Exercise", { exact: true }).selectOption({ label: "PHQ-9 mood questionnaire (3 min)" });
  await c.getByRole("button", { name: "Assign this reflection" }).click();
  await expect(c).toHaveURL(/\/assign\/[A-Za-z0-9_-]+\?created=1$/);
  const assignmentId = new URL(c.url()).pathname.split("/").pop()!;

  // 2. Jordan answers on a phone: the published items, the source cited, no sharing offered.
  const jordan = await signedInPage(browser, "jordan", PHONE);
  const j = jordan.page;
  await j.goto(`/assignments/${assignmentId}`);
  await expect(j.getByRole("heading", { level: 1, name: "PHQ-9 mood questionnaire" })).toBeVisible();
  await expect(j.getByText("Over the last 2 weeks, how often have you been bothered")).toBeVisible();
  await expect(j.getByTestId("measure-source")).toContainText("Kroenke");
  await expect(j.getByLabel("Share with my partner")).toHaveCount(0);
  for (let i = 1; i <= 8; i++) await prompt(j, `phq9-${i}`).getByLabel("Not at all").check();
  await prompt(j, "phq9-9").getByLabel("Several days").check();
  await expect(j.getByTestId("save-status")).toHaveText("Saved", { timeout: 15_000 });
  const sentAt = Date.now();
  await j.getByRole("button", { name: /^Send to / }).click();

  // 3. Right after sending: a calm screen with 988, the Crisis Text Line and 911, and the truth
  // about when the therapist will see it.
  const support = j.getByTestId("crisis-support");
  await expect(support).toBeVisible();
  await expect(support.getByRole("heading", { name: "Thank you for sending this" })).toBeFocused();
  await expect(support.getByRole("link", { name: "Call 988" })).toHaveAttribute("href", "tel:988");
  await expect(support.getByRole("link", { name: "text 988" })).toHaveAttribute("href", "sms:988");
  await expect(support.getByRole("link", { name: "Text HOME to 741741" })).toBeVisible();
  await expect(support.getByRole("link", { name: "Call 911" })).toHaveAttribute("href", "tel:911");
  await expect(j.getByTestId("crisis-support-clinician")).toContainText(
    "will see your answers, but not right away",
  );
  await expectAccessible(j);
  await j.screenshot({ path: "test-results/measures-crisis-390.png", fullPage: true });

  // 4. The alert email, through the job queue, within a minute; nothing clinical in it.
  await expect
    .poll(async () => (await alertEmails(clinicianEmail)).length, { timeout: 60_000, intervals: [500] })
    .toBe(before + 1);
  const emails = await alertEmails(clinicianEmail);
  const newest = emails.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]!;
  expect(newest.createdAt.getTime() - sentAt).toBeLessThan(60_000);
  expect(newest.text).toContain("/dashboard");
  for (const secret of ["Jordan", "PHQ", "hurting", "dead"]) expect(newest.text).not.toContain(secret);

  // 5. The dashboard shows the alert at the top until it is acknowledged.
  await c.goto("/dashboard");
  const alerts = c.getByTestId("risk-alerts");
  await expect(alerts).toBeVisible();
  const alert = alerts.getByTestId("risk-alert").filter({ hasText: "Jordan Lee" });
  await expect(alert).toContainText("PHQ-9 question 9");
  await expectAccessible(c);
  await c.screenshot({ path: "test-results/measures-dashboard-1280.png", fullPage: true });
  await c.setViewportSize(PHONE);
  await c.screenshot({ path: "test-results/measures-dashboard-390.png", fullPage: true });
  await c.setViewportSize(DESKTOP);

  // The prep view shows the score with its band, and the same alert.
  await alert.getByRole("link", { name: /Open the prep view/ }).click();
  await expect(c.getByTestId("risk-alert")).toContainText("PHQ-9 question 9");
  const phq9 = c.getByTestId("measure-phq-9");
  await expect(phq9).toContainText("1 / 27");
  await expect(phq9).toContainText("Minimal");
  await c.screenshot({ path: "test-results/measures-prep-1280.png", fullPage: true });

  // 6. Acknowledged with a note: gone from the dashboard, and in the audit trail.
  await c.goto("/dashboard");
  const row = c.getByTestId("risk-alert").filter({ hasText: "Jordan Lee" });
  await row.getByLabel("Note (optional): what you did").fill("Called Jordan; safety plan reviewed.");
  await row.getByRole("button", { name: "Acknowledge the alert for Jordan Lee" }).click();
  await expect(c.getByTestId("risk-alert").filter({ hasText: "Jordan Lee" })).toHaveCount(0);

  const admin = await signedInPage(browser, "admin", DESKTOP);
  await admin.page.goto("/admin/audit?action=risk_alert.acknowledged");
  const events = admin.page.getByTestId("audit-event");
  await expect(events.first()).toContainText("Acknowledged a risk alert");
  await expect(events.first()).toContainText("Jordan Lee");
  await admin.page.goto("/admin/audit?action=risk_alert.raised");
  await expect(admin.page.getByTestId("audit-event").first()).toContainText("raised a risk alert");

  // The admin sets the practice's check-in threshold (and puts it back for other specs).
  const a = admin.page;
  await a.goto("/admin/security");
  const threshold = a.getByLabel("Alert at or below");
  await expect(threshold).toHaveValue("3");
  await threshold.fill("4");
  await a.getByRole("button", { name: "Save threshold" }).click();
  await expect(a.getByRole("status").filter({ hasText: "4 or below now raises an alert" })).toBeVisible();
  await expectAccessible(a);
  await a.screenshot({ path: "test-results/measures-admin-threshold-1280.png", fullPage: true });
  await a.reload();
  await expect(a.getByLabel("Alert at or below")).toHaveValue("4");
  await a.getByLabel("Alert at or below").fill("3");
  await a.getByRole("button", { name: "Save threshold" }).click();
  await expect(a.getByRole("status").filter({ hasText: "3 or below" })).toBeVisible();

  for (const ctx of [clinician.context, jordan.context, admin.context]) await ctx.close();
});
