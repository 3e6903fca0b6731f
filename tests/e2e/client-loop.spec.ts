import { expect, test } from "@playwright/test";
import { DEMO_USERS, DESKTOP, PHONE, signInAs, signedInPage } from "./support/auth";
import { runNotificationScan, sql } from "./support/database";
import { expectAccessible, prompt } from "./support/pages";

// Issue 14's loop for a client: the clinician gives Alex & Sam new work from the library page and Alex gets one email
// about it, with no exercise title or answer text; Alex writes offline, signs out, is warned, keeps
// the encrypted copy on the phone, and finds the text again after signing back in (while Sam,
// signing in on the same phone in between, is not asked about it).

const run = Date.now().toString(36);
const NOTE = `A note only the app may show (${run}).`;
const ALEX_OFFLINE = `Written on the ferry with no signal (${run}).`;

test.describe.configure({ mode: "serial" });

let assignmentId = "";

// Later specs count the demo couple's open work: withdraw the copy given here once this file is done.
test.afterAll(async ({ browser }) => {
  if (!assignmentId) return;
  const clinician = await signedInPage(browser, "clinician", DESKTOP);
  const c = clinician.page;
  await c.goto("/dashboard");
  const origin = { Origin: new URL(c.url()).origin };
  const res = await c.request.patch(`/api/v1/assignments/${assignmentId}`, {
    headers: origin,
    data: { withdraw: true },
  });
  expect(res.ok()).toBe(true);
  await clinician.context.close();
});

test("new work: one email to Alex, saying who and where, never what", async ({ browser }) => {
  test.setTimeout(120_000);
  const [alex] = await sql<{ id: string; timeZone: string }>(
    `SELECT id, "timeZone" FROM "User" WHERE email = $1`,
    [DEMO_USERS.alex.email],
  );
  // Emails wait out quiet hours in Alex's zone: pick a zone where it is daytime now, for this test.
  const daytime = ["UTC", "Asia/Tokyo", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"].find(
    (zone) => {
      const hour = Number(
        new Intl.DateTimeFormat("en-US", { hour: "numeric", hourCycle: "h23", timeZone: zone }).format(
          new Date(),
        ),
      );
      return hour >= 9 && hour < 20;
    },
  )!;
  await sql(`UPDATE "User" SET "timeZone" = $1 WHERE id = $2`, [daytime, alex!.id]);
  try {
    // Work other specs gave Alex earlier is news of its own: settle it first, so this email is this work's.
    await sql(`UPDATE "ClientNotice" SET "doneAt" = now() WHERE "userId" = $1 AND "doneAt" IS NULL`, [
      alex!.id,
    ]);
    const before = await sql(`SELECT id FROM "OutboxEmail" WHERE "to" = $1`, [DEMO_USERS.alex.email]);

    const clinician = await signedInPage(browser, "clinician", DESKTOP);
    const c = clinician.page;
    // From the library: the exercise's own page, and its "Assign this" link to a form with it chosen.
    await c.goto("/library");
    await c.getByRole("link", { name: "Slowing down", exact: true }).click();
    await expect(c).toHaveURL(/\/library\/slowing-down$/);
    await c.getByRole("link", { name: "Assign this", exact: true }).click();
    await expect(c).toHaveURL(/\/assign\?exercise=slowing-down$/);
    await expect(c.getByLabel("Exercise", { exact: true })).toHaveValue("slowing-down");
    await c.getByLabel("Client or couple").selectOption({ label: "Alex & Sam" });
    await expect(c.getByTestId("jurisdiction-status")).toContainText("You can assign work to this couple.");
    await c.getByLabel("Alex answers as").selectOption({ label: "The partner who was hurt" });
    await c.getByLabel("Sam answers as").selectOption({ label: "The partner who caused the hurt" });
    await c.getByLabel("A personal note (optional)").fill(NOTE);
    await c.getByRole("button", { name: "Assign this reflection" }).click();
    // The perspectives are confirmed in plain words; the demo couple already has a copy open.
    await c.getByRole("button", { name: "Yes, that's right" }).click();
    await c.getByRole("button", { name: "Send another copy anyway" }).click();
    await expect(c).toHaveURL(/\/assign\/[A-Za-z0-9_-]+\?created=1$/);
    assignmentId = new URL(c.url()).pathname.split("/").pop()!;
    await clinician.context.close();

    // Nothing is sent at once: the email waits a couple of minutes for anything else given with it.
    const waiting = await sql<{ count: string }>(
      `SELECT count(*) FROM "ClientNotice" WHERE "userId" = $1 AND "doneAt" IS NULL`,
      [alex!.id],
    );
    expect(Number(waiting[0]!.count)).toBeGreaterThanOrEqual(1);
    // Those minutes pass, and the 5-minute scan comes round.
    await sql(
      `UPDATE "ClientNotice" SET "createdAt" = "createdAt" - interval '10 minutes' WHERE "userId" = $1`,
      [alex!.id],
    );
    await runNotificationScan();

    await expect
      .poll(
        async () =>
          (await sql(`SELECT id FROM "OutboxEmail" WHERE "to" = $1`, [DEMO_USERS.alex.email])).length,
        {
          timeout: 30_000,
        },
      )
      .toBe(before.length + 1);
    const [email] = await sql<{ subject: string; text: string; html: string }>(
      `SELECT subject, text, html FROM "OutboxEmail" WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [DEMO_USERS.alex.email],
    );
    expect(email!.subject).toMatch(/gave you a new reflection in Mend$/);
    const all = `${email!.subject}\n${email!.text}\n${email!.html}`;
    for (const secret of ["Slowing down", "slowing-down", NOTE, "was hurt"])
      expect(all).not.toContain(secret);
    expect(email!.text).toContain(`/assignments/${assignmentId}`);
    expect(email!.text).toContain("/account/notifications");
    // One email: another scan sends nothing more.
    await runNotificationScan();
    await new Promise((r) => setTimeout(r, 3000));
    expect((await sql(`SELECT id FROM "OutboxEmail" WHERE "to" = $1`, [DEMO_USERS.alex.email])).length).toBe(
      before.length + 1,
    );
  } finally {
    await sql(`UPDATE "User" SET "timeZone" = $1 WHERE id = $2`, [alex!.timeZone, alex!.id]);
  }
});

test("signing out with writing not yet saved: warned, kept on the device, back after signing in", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  expect(assignmentId).not.toBe("");
  const alex = await signedInPage(browser, "alex", PHONE);
  const a = alex.page;
  await a.goto(`/assignments/${assignmentId}`);
  await expect(a.getByRole("heading", { level: 1, name: "Slowing down" })).toBeVisible();

  // Offline on a ferry: the text is only on the phone.
  await alex.context.setOffline(true);
  await prompt(a, "feelings-in-words").getByRole("textbox").fill(ALEX_OFFLINE);
  await expect(a.getByTestId("save-status")).toHaveText("Offline: kept on this device", { timeout: 15_000 });

  // Signing out: Mend tries to send it first, cannot, and says so.
  await a.getByRole("button", { name: "Sign out" }).click();
  const warning = a.getByRole("alertdialog", { name: "Some of your writing is not saved to Mend yet" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("only on this device");
  await expect(warning.getByRole("button", { name: "Go back and save it" })).toBeFocused();
  await expectAccessible(a);

  // The signal comes back just as Alex chooses, but the save still fails (a flaky connection):
  // Alex keeps the copy on the phone and signs out.
  await a.route("**/api/v1/assignments/*/response", (route) => route.abort());
  await alex.context.setOffline(false);
  await warning.getByRole("button", { name: "Keep it on this device and sign out" }).click();
  await expect(a).toHaveURL(/\/sign-in/);
  await a.unroute("**/api/v1/assignments/*/response");
  const kept = await a.evaluate(() =>
    Object.entries(localStorage).filter(([k]) => k.startsWith("mend:draft:")),
  );
  expect(kept).toHaveLength(1);
  expect(kept[0]![1]).not.toContain("ferry");

  // Sam signs in on the same phone and out again: not asked about Alex's writing, and it stays.
  await signInAs(a, "sam");
  await a.getByRole("button", { name: "Sign out" }).click();
  await expect(a).toHaveURL(/\/sign-in/);
  expect(
    await a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("mend:draft:")).length),
  ).toBe(1);

  // Alex signs back in: the text is there, and reaches Mend.
  await signInAs(a, "alex");
  await a.goto(`/assignments/${assignmentId}`);
  await expect(prompt(a, "feelings-in-words").getByRole("textbox")).toHaveValue(ALEX_OFFLINE);
  await expect(a.getByTestId("save-status")).toHaveText("Saved", { timeout: 30_000 });
  const saved = (await (await a.request.get(`/api/v1/assignments/${assignmentId}/response`)).json()) as {
    answers: Record<string, { value: unknown }>;
  };
  expect(saved.answers["feelings-in-words"]?.value).toBe(ALEX_OFFLINE);

  // Nothing left unsaved: signing out now asks nothing.
  await a.getByRole("button", { name: "Sign out" }).click();
  await expect(a).toHaveURL(/\/sign-in/);
  await alex.context.close();
});

test("the device list signs out one other device, which is refused at once", async ({ browser }) => {
  const phone = await signedInPage(browser, "jordan", PHONE);
  const laptop = await signedInPage(browser, "jordan", DESKTOP);
  const l = laptop.page;
  await l.goto("/account");
  const rows = l.getByTestId("session-list").getByRole("listitem");
  const others = l.getByRole("button", { name: /^Sign out this device/ });
  const count = await others.count();
  expect(count).toBeGreaterThanOrEqual(1);
  expect(await rows.count()).toBe(count + 1);
  await expectAccessible(l);
  // Sign out every other device of Jordan's (the phone among them), one at a time.
  for (let i = 0; i < count; i++) {
    await others.first().click();
    await expect(rows).toHaveCount(count - i);
  }
  await expect(rows).toContainText(["This device"]);
  await phone.page.goto("/home");
  await expect(phone.page).toHaveURL(/\/sign-in/);
  // This device is still signed in.
  await l.goto("/home");
  await expect(l).toHaveURL(/\/home/);
  await phone.context.close();
  await laptop.context.close();
});
