import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { PHONE, signedInPage } from "./support/auth";
import { shot } from "./support/pages";

// Data rights and the audit trail, through the browser: a client sees and downloads everything they
// wrote (and nothing of their partner's); the clinician reads the couple's answers; the practice
// admin asks "who opened Alex's answers this month?", filters the trail and downloads it as CSV.

const ALEX_ANSWER = "Mostly a heavy sadness";
const SAM_PRIVATE = "I kept messaging my ex";

test.describe.configure({ mode: "serial" });

test("a client reads and downloads everything they wrote, without their partner's answers", async ({
  browser,
}) => {
  const { context, page } = await signedInPage(browser, "alex");
  await page.goto("/account");
  await page.getByRole("link", { name: "See and download everything you wrote" }).click();
  await expect(page).toHaveURL(/\/account\/export$/);
  await expect(page.getByRole("heading", { name: "Everything you wrote", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Slowing down" }).first()).toBeVisible();
  await expect(page.getByText(ALEX_ANSWER)).toBeVisible();
  await expect(page.getByText("Grief or sadness; Anger; Confusion")).toBeVisible();
  await expect(page.getByText(SAM_PRIVATE)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  // One US date and time style, as on every other page ("March 5, 2031 at 12:00 PM", never "0:00 pm").
  const lead = (await page.getByText(/^Your record in Mend, as of /).textContent()) ?? "";
  expect(lead).toMatch(/as of [A-Z][a-z]+ \d{1,2}, \d{4} at (1[0-2]|[1-9]):\d{2} (AM|PM)\./);
  await expect(page.getByText(/\b0:\d{2} ?[ap]m/i)).toHaveCount(0);

  const downloading = page.waitForEvent("download");
  await page.getByTestId("export-json").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mend-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile((await download.path())!, "utf8");
  const data = JSON.parse(text) as {
    profile: { email: string };
    assignments: { title: string; answers: { text: string }[] }[];
  };
  expect(data.profile.email).toBe("alex@demo.mend.test");
  expect(data.assignments.map((a) => a.title)).toContain("Slowing down");
  expect(text).toContain(ALEX_ANSWER);
  expect(text).not.toContain(SAM_PRIVATE);
  expect(text).not.toContain("sam@demo.mend.test");
  await context.close();
});

test("the clinician opens the couple's answers (recorded in the audit trail)", async ({ browser }) => {
  const { context, page } = await signedInPage(browser, "clinician");
  const list = await page.request.get("/api/v1/assignments?status=active&limit=50");
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as { items: { id: string; exercise: { slug: string } }[] };
  const slowing = items.find((i) => i.exercise.slug === "slowing-down");
  expect(slowing).toBeTruthy();
  const answers = await page.request.get(`/api/v1/assignments/${slowing!.id}/response`);
  expect(answers.status()).toBe(200);
  await context.close();
});

test("the admin asks who opened Alex's answers this month, filters the trail and downloads it as CSV", async ({
  browser,
}) => {
  const { context, page } = await signedInPage(browser, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByRole("heading", { name: "Audit trail", level: 1 })).toBeVisible();

  // The question in plain words.
  await page.getByLabel("Client", { exact: true }).selectOption({ label: "Alex Rivera" });
  await page.getByRole("button", { name: "Ask" }).click();
  await expect(page.getByTestId("audit-summary")).toHaveText(/Who opened Alex Rivera's answers/);
  const opened = page.getByTestId("audit-event");
  await expect(opened.first()).toContainText("Dr. Riley Morgan (clinician): Opened answers");
  await expect(opened.first()).toContainText("client Alex Rivera");
  for (const text of await opened.allTextContents()) expect(text).toContain("Opened answers");

  // The filter form: Alex's own data download.
  await page.goto("/admin/audit");
  await page.getByText("Filter", { exact: true }).click();
  await page.getByLabel("Client concerned").selectOption({ label: "Alex Rivera" });
  await page.getByLabel("What happened").selectOption({ label: "Viewed or downloaded their own data" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/action=data\.exported/);
  const exports = page.getByTestId("audit-event");
  await expect(exports).toHaveCount(2); // the printable page and the JSON download
  await expect(exports.first()).toContainText("Alex Rivera (client): Viewed or downloaded their own data");

  const downloading = page.waitForEvent("download");
  await page.getByTestId("audit-csv").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^mend-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe(
    '"time_utc","person","person_id","role","action","what_happened","subject_type","subject_id","client","client_id","ip","user_agent","request_id","details"',
  );
  expect(lines).toHaveLength(3);
  for (const line of lines.slice(1)) {
    expect(line).toContain("data.exported");
    expect(line).toContain("Alex Rivera");
  }
  expect(csv).not.toContain(ALEX_ANSWER);
  await context.close();
});

test("on a phone, the email reminders page says quiet hours in US clock words and offers US time zones first", async ({
  browser,
}) => {
  const { context, page } = await signedInPage(browser, "jordan", PHONE);
  await page.goto("/account/notifications");
  const zone = page.getByLabel("Your time zone");
  await expect(zone).toBeVisible();
  // The hint under the picker: the app's one time style ("9:00 PM"), never "0:00 pm" or "21:00".
  const hint = page.getByText(/^Quiet hours: /);
  await expect(hint).toHaveText(
    /^Quiet hours: (1[0-2]|[1-9]):[0-5]\d (AM|PM) – (1[0-2]|[1-9]):[0-5]\d (AM|PM) your time\./,
  );
  await expect(hint).toContainText("9:00 PM – 8:00 AM");
  await expect(hint).not.toContainText(/\b0:\d{2}|\b(1[3-9]|2[0-3]):\d{2}/);
  // The picker opens on the United States, by the names people know; the other 400-odd come after.
  const groups = zone.locator("optgroup");
  await expect(groups.first()).toHaveAttribute("label", "United States");
  const labels = await zone.locator("option").allTextContents();
  expect(labels.slice(0, 7)).toEqual([
    "Eastern Time (New York)",
    "Central Time (Chicago)",
    "Mountain Time (Denver)",
    "Arizona, no daylight saving (Phoenix)",
    "Pacific Time (Los Angeles)",
    "Alaska Time (Anchorage)",
    "Hawaii Time (Honolulu)",
  ]);
  expect(labels.length).toBeGreaterThan(100);
  expect(labels.indexOf("Africa / Abidjan")).toBeGreaterThan(6);
  await expect(zone.locator("option:checked")).toHaveText("Eastern Time (New York)");
  // Nothing on the page runs wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, "client-notifications-390");
  await context.close();
});

test("the client's account links to email reminders and closing the account; other people cannot open these pages", async ({
  browser,
}) => {
  const { context, page } = await signedInPage(browser, "jordan");
  await page.goto("/account/notifications");
  await expect(page.getByRole("heading", { name: "Email reminders", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Your time zone")).toHaveValue("America/New_York");
  await page.getByLabel("Email me reminders").uncheck();
  await page.getByLabel("Your time zone").selectOption("Europe/Lisbon");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText("Mend will not email you reminders");
  await page.reload();
  await expect(page.getByLabel("Email me reminders")).not.toBeChecked();
  await expect(page.getByLabel("Your time zone")).toHaveValue("Europe/Lisbon");
  // Back as it was, for the other specs.
  await page.getByLabel("Email me reminders").check();
  await page.getByLabel("Your time zone").selectOption("America/New_York");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toContainText("Reminders will follow your time zone");

  await page.goto("/account/close");
  await expect(page.getByRole("heading", { name: "Close your account", level: 1 })).toBeVisible();
  await expect(page.getByText("must keep your record for 10 years")).toBeVisible();
  await context.close();

  const clinician = await signedInPage(browser, "clinician");
  await clinician.page.goto("/account/export");
  await expect(clinician.page).not.toHaveURL(/\/account\/export/);
  const res = await clinician.page.request.get("/api/v1/me/export");
  expect(res.status()).toBe(403);
  const audit = await clinician.page.request.get("/api/v1/audit-events");
  expect(audit.status()).toBe(403);
  await clinician.context.close();
});
