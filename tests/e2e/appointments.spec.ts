import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { e2eDatabaseUrlFile } from "../support/e2e-database-file";
import { DEMO_USERS, DESKTOP, PHONE, signedInPage } from "./support/auth";
import { shot } from "./support/pages";

// Issue 14's sessions and issue 19's cancel confirmation, end to end on the demo seed: Alex's home
// shows the next session with a working .ics; the clinician moves the couple's session (a past date
// is refused and keeps what was typed) and Alex is emailed, with an .ics update; cancelling asks
// first, says who is told, and can be undone.

async function sql<T extends object>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: readFileSync(e2eDatabaseUrlFile(), "utf8").trim() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A zone where it is now mid-day, so the email is not held for quiet hours whenever this runs. */
function daytimeZone(): string {
  const zones = [
    "America/Chicago",
    "America/Los_Angeles",
    "Pacific/Honolulu",
    "America/New_York",
    "Europe/London",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Pacific/Auckland",
  ];
  const hour = (zone: string) =>
    Number(new Intl.DateTimeFormat("en-US", { timeZone: zone, hour: "numeric", hourCycle: "h23" }).format());
  return zones.find((z) => hour(z) >= 10 && hour(z) < 19) ?? "America/Chicago";
}

const ALEX = DEMO_USERS.alex.email;
const SAM = DEMO_USERS.sam.email;

async function setZone(zone: string) {
  await sql(`UPDATE "User" SET "timeZone" = $1 WHERE "email" = ANY($2)`, [zone, [ALEX, SAM]]);
}

test.describe.configure({ mode: "serial" });

test.afterAll(async () => {
  await setZone("America/Chicago");
});

test("Alex's home shows the next session in Alex's zone, with a working .ics", async ({ browser }) => {
  await setZone(daytimeZone());
  const alex = await signedInPage(browser, "alex", PHONE);
  const p = alex.page;
  await p.goto("/home");
  const sessions = p.getByRole("region", { name: "Your sessions" });
  await expect(sessions.getByText("Next session")).toBeVisible();
  await shot(p, "home-390");
  const href = await sessions.getByRole("link", { name: "Add to calendar" }).first().getAttribute("href");
  expect(href).toMatch(/^\/api\/v1\/me\/appointments\/[\w-]+\/calendar$/);
  const ics = await p.request.get(href!);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const body = await ics.text();
  expect(body).toContain("BEGIN:VCALENDAR");
  expect(body).toMatch(/UID:appointment-[\w-]+@/);
  expect(body).toContain("SUMMARY:Session with Dr. Riley Morgan");
  await p.setViewportSize(DESKTOP);
  await shot(p, "home-1280");
  await alex.context.close();
});

test("the clinician moves the couple's session; a past date keeps the form; Alex is told", async ({
  browser,
}) => {
  const clinician = await signedInPage(browser, "clinician", DESKTOP);
  const p = clinician.page;
  await p.goto("/schedule");
  await p
    .getByRole("button", { name: /^Change .*Alex & Sam$/ })
    .first()
    .click();
  const form = p.getByRole("form", { name: "Change Alex & Sam" });
  await form.getByLabel("Date").fill("2020-01-06");
  await form.getByLabel(/^Time/).fill("09:15");
  await form.getByLabel(/^Video link/).fill("https://video.example.com/room-1");
  await form.getByRole("button", { name: "Save and tell them" }).click();
  await expect(form.getByRole("alert")).toContainText("That time has passed");
  // What was typed is still there.
  await expect(form.getByLabel("Date")).toHaveValue("2020-01-06");
  await expect(form.getByLabel(/^Time/)).toHaveValue("09:15");
  await expect(form.getByLabel(/^Video link/)).toHaveValue("https://video.example.com/room-1");
  await shot(p, "schedule-error-1280");

  const future = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel("Date").fill(future);
  await form.getByLabel(/^Time/).fill("16:00");
  await form.getByRole("button", { name: "Save and tell them" }).click();
  await expect(form).toBeHidden();
  await expect(p.getByRole("status").filter({ hasText: "Changed. They are told by email." })).toBeVisible();

  type Row = { subject: string; text: string; attachments: { content: string }[] | null };
  let email: Row | undefined;
  await expect
    .poll(
      async () => {
        [email] = await sql<Row>(
          `SELECT "subject", "text", "attachments" FROM "OutboxEmail" WHERE "to" = $1 AND "subject" LIKE 'Session updated%' ORDER BY "createdAt" DESC LIMIT 1`,
          [ALEX],
        );
        return email?.subject ?? null;
      },
      { message: "Alex is told the session moved", timeout: 30_000 },
    )
    .not.toBeNull();
  expect(email!.text).toContain("Riley changed your session");
  expect(email!.text).toContain("/account/notifications");
  expect(email!.text).not.toContain("video.example.com");
  expect(email!.text).not.toMatch(/slowing down/i);
  const ics = email!.attachments?.[0]?.content ?? "";
  expect(ics).toContain("METHOD:REQUEST");
  expect(ics).toContain("SEQUENCE:1");

  // Alex's home now offers the video link.
  const alex = await signedInPage(browser, "alex", PHONE);
  await alex.page.goto("/home");
  await expect(alex.page.getByRole("link", { name: "Join video session" })).toHaveAttribute(
    "href",
    "https://video.example.com/room-1",
  );
  await alex.context.close();
  await clinician.context.close();
});

test("scheduling: a past date keeps what was typed; a weekly repeat makes the series", async ({
  browser,
}) => {
  const clinician = await signedInPage(browser, "clinician", PHONE);
  const p = clinician.page;
  await p.goto("/schedule");
  const form = p.locator("form").filter({ has: p.getByRole("button", { name: "Schedule appointment" }) });
  await form.getByLabel("With", { exact: true }).selectOption({ label: "Jordan Lee" });
  await form.getByLabel("Date").fill("2020-03-02");
  await form.getByLabel(/^Time/).fill("11:30");
  await form.getByLabel("Repeat").selectOption({ label: "Every week, 4 times" });
  await form.getByRole("button", { name: "Schedule appointment" }).click();
  await expect(form.getByRole("alert")).toContainText("cannot start in the past");
  await expect(form.getByLabel("With", { exact: true })).toHaveValue(/^client:/);
  await expect(form.getByLabel("Date")).toHaveValue("2020-03-02");
  await expect(form.getByLabel(/^Time/)).toHaveValue("11:30");
  await expect(form.getByLabel("Repeat")).toHaveValue("4");
  await shot(p, "schedule-create-error-390");

  const start = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel("Date").fill(start);
  await form.getByRole("button", { name: "Schedule appointment" }).click();
  await expect(form.getByRole("status")).toContainText("4 weekly appointments scheduled");
  const series = await sql<{ n: string }>(
    `SELECT count(*) AS n FROM "Appointment" WHERE "seriesId" IS NOT NULL AND "cancelledAt" IS NULL GROUP BY "seriesId" ORDER BY max("createdAt") DESC LIMIT 1`,
  );
  expect(series[0]?.n).toBe("4");
  await clinician.context.close();
});

test("cancelling asks first, says who is told, and can be undone", async ({ browser }) => {
  const clinician = await signedInPage(browser, "clinician", PHONE);
  const p = clinician.page;
  await p.goto("/schedule");
  await p
    .getByRole("button", { name: /^Cancel .*Alex & Sam$/ })
    .first()
    .click();
  const confirm = p.getByRole("group", { name: "Confirm cancelling" });
  await expect(confirm).toContainText("Alex and Sam will get an email saying it is cancelled");
  await shot(p, "schedule-confirm-390");
  await confirm.getByRole("button", { name: "Keep it" }).click();
  await expect(confirm).toBeHidden();

  await p
    .getByRole("button", { name: /^Cancel .*Alex & Sam$/ })
    .first()
    .click();
  await p.getByRole("button", { name: "Yes, cancel and tell them" }).click();
  const undo = p.getByRole("button", { name: /^Undo cancel: .*Alex & Sam$/ }).first();
  await expect(undo).toBeVisible();
  await expect(
    p.getByText("Alex and Sam will be told by email, unless you undo within a minute."),
  ).toBeVisible();
  await undo.click();
  await expect(p.getByRole("button", { name: /^Undo cancel/ })).toHaveCount(0);
  await expect(p.getByRole("button", { name: /^Change .*Alex & Sam$/ }).first()).toBeVisible();
  // Undone within the minute: nobody was told it was cancelled.
  const told = await sql(
    `SELECT 1 FROM "OutboxEmail" WHERE "to" = ANY($1) AND "subject" LIKE 'Session cancelled%'`,
    [[ALEX, SAM]],
  );
  expect(told).toHaveLength(0);
  await clinician.context.close();
});

test("the clinician turns on a private calendar feed (initials only) and turns it off", async ({
  browser,
}) => {
  const clinician = await signedInPage(browser, "clinician", PHONE);
  const p = clinician.page;
  await p.goto("/schedule");
  await p.getByRole("link", { name: "Add your schedule to your calendar app" }).click();
  await expect(p.getByRole("heading", { name: "Calendar feed" })).toBeVisible();
  await p.getByRole("button", { name: /Turn on the feed|Make a new address/ }).click();
  const address = p.getByLabel("Your private feed address");
  await expect(address).toHaveValue(/\/api\/v1\/calendar-feed\/[\w-]{43}\.ics$/);
  await shot(p, "calendar-feed-390");
  const url = await address.inputValue();
  const feed = await p.request.get(url);
  expect(feed.status()).toBe(200);
  const text = await feed.text();
  expect(text).toContain("BEGIN:VCALENDAR");
  expect(text).toMatch(/SUMMARY:(Video session|Session) · A\.R\. & S\.R\./);
  for (const name of ["Alex", "Sam", "Jordan", "Rivera"]) expect(text).not.toContain(name);

  await p.getByRole("button", { name: "Turn off the feed" }).click();
  await expect(p.getByText("Your feed is off.")).toBeVisible();
  expect((await p.request.get(url)).status()).toBe(404);
  await p.setViewportSize(DESKTOP);
  await shot(p, "calendar-feed-1280");
  await clinician.context.close();
});
