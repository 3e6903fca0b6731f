import { expect, test, type Page } from "@playwright/test";
import { DESKTOP, PHONE, signedInPage } from "./support/auth";
import { expectAccessible, shot } from "./support/pages";

// Issue 16's journey: Alex writes in the private thread; Sam sees nothing of it; the clinician
// answers; Alex's open page shows the answer without a reload; a message typed offline is sent
// exactly once after the connection returns; the inbox counts go down when read.

const run = Date.now().toString(36);
const SECRET = `Something only my therapist should know (${run}).`;
const ANSWER = `Thank you for telling me; let's talk on Thursday (${run}).`;
const OFFLINE = `Written on the train with no signal (${run}).`;
const OFFICE_HOURS = `I usually reply within two working days (${run}).`;

/** The composer once React has hydrated it (typing earlier is kept too; this keeps the test exact). */
async function composer(page: Page) {
  await expect(page.locator("form[data-ready='true']")).toBeVisible();
  return page.getByLabel("Your message");
}

type Page_ = { messages: { body: string }[]; thread: { id: string } };

test.describe.configure({ mode: "serial" });

test("private messages between Alex and the clinician: Sam sees nothing, answers arrive live, offline sends once", async ({
  browser,
}) => {
  test.setTimeout(180_000);

  // The clinician's office-hours note, shown to clients above the composer.
  const clinician = await signedInPage(browser, "clinician", DESKTOP);
  const c = clinician.page;
  await c.goto("/settings/messages");
  await c.getByLabel("Office-hours note").fill(OFFICE_HOURS);
  await c.getByRole("button", { name: "Save note" }).click();
  await expect(c.getByText("Saved.")).toBeVisible();

  // 1. Alex writes in the private thread.
  const alex = await signedInPage(browser, "alex", PHONE);
  const a = alex.page;
  await a.goto("/messages");
  await expect(a.getByRole("heading", { level: 1, name: "Messages" })).toBeVisible();
  await expect(a.getByTestId("thread")).toHaveCount(2);
  await shot(a, "client-messages-390");
  await a.getByRole("link", { name: /Just you and Riley/ }).click();
  await expect(a.getByTestId("support-note")).toContainText(OFFICE_HOURS);
  await expect(a.getByTestId("support-note")).toContainText("not monitored in real time");
  await expect(a.getByTestId("support-note")).toContainText("988");
  await (await composer(a)).fill(SECRET);
  await a.getByRole("button", { name: "Send" }).click();
  await expect(a.getByTestId("message").filter({ hasText: SECRET })).toBeVisible();
  const alexThreadId = a.url().split("/messages/")[1]!.split("?")[0]!;
  await expectAccessible(a);
  await shot(a, "client-thread-390");

  // 2. Sam sees nothing of it: not in the list, not in either of Sam's threads, not through the API.
  const sam = await signedInPage(browser, "sam", PHONE);
  const s = sam.page;
  await s.goto("/messages");
  await expect(s.getByTestId("thread")).toHaveCount(2);
  await expect(s.locator("body")).not.toContainText(SECRET);
  for (const name of [/Just you and Riley/, /Together with Riley/]) {
    await s.goto("/messages");
    await s.getByRole("link", { name }).click();
    await expect(s.getByLabel("Your message")).toBeVisible();
    await expect(s.locator("body")).not.toContainText(SECRET);
  }
  expect((await s.request.get(`/api/v1/threads/${alexThreadId}/messages`)).status()).toBe(404);
  expect((await s.goto(`/messages/${alexThreadId}`))?.status()).toBe(404);
  const samThreads = await (await s.request.get("/api/v1/threads")).json();
  expect(JSON.stringify(samThreads)).not.toContain(alexThreadId);

  // 3. The clinician: unread in the navigation and on the dashboard; reading brings the counts down.
  await c.goto("/dashboard");
  await expect(c.getByTestId("dashboard-unread-messages")).toBeVisible();
  const nav = c.getByRole("navigation", { name: "Main" });
  const inboxLink = nav.getByRole("link", { name: /^Inbox/ });
  const before = Number(/\((\d+) unread\)/.exec((await inboxLink.textContent()) ?? "")?.[1] ?? "0");
  expect(before).toBeGreaterThanOrEqual(1);
  await c.goto("/inbox");
  const row = c.getByTestId("thread").filter({ hasText: "Alex Rivera (private)" });
  await expect(row.getByTestId("unread")).toHaveText("1 unread");
  await shot(c, "clinician-inbox-1280");
  await expectAccessible(c);
  await row.getByRole("link").click();
  await expect(c.getByTestId("message").filter({ hasText: SECRET })).toBeVisible();
  await expect(c.getByText("their partner does not")).toBeVisible();
  await (await composer(c)).fill(ANSWER);
  await c.getByRole("button", { name: "Send" }).click();
  await expect(c.getByTestId("message").filter({ hasText: ANSWER })).toBeVisible();
  await shot(c, "clinician-thread-1280");
  await c.goto("/inbox");
  await expect(
    c.getByTestId("thread").filter({ hasText: "Alex Rivera (private)" }).getByTestId("unread"),
  ).toHaveCount(0);
  const after = Number(
    /\((\d+) unread\)/.exec(
      (await c
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: /^Inbox/ })
        .textContent()) ?? "",
    )?.[1] ?? "0",
  );
  expect(after).toBe(before - 1);

  // 4. Alex's page, still open, shows the answer without a reload.
  await expect(a.getByTestId("message").filter({ hasText: ANSWER })).toBeVisible({ timeout: 15_000 });

  // 5. Offline: the message waits on the device, then is sent exactly once when the connection returns.
  await alex.context.setOffline(true);
  await (await composer(a)).fill(OFFLINE);
  await a.getByRole("button", { name: "Send" }).click();
  await expect(a.getByTestId("pending-message").filter({ hasText: OFFLINE })).toBeVisible();
  await expect(a.getByText("Will be sent when you are back online.")).toBeVisible();
  await shot(a, "client-offline-390");
  await alex.context.setOffline(false);
  await expect(a.getByTestId("message").filter({ hasText: OFFLINE })).toBeVisible({ timeout: 15_000 });
  await expect(a.getByTestId("pending-message")).toHaveCount(0);
  await a.reload();
  await expect(a.getByTestId("message").filter({ hasText: OFFLINE })).toHaveCount(1);
  const page = (await (await a.request.get(`/api/v1/threads/${alexThreadId}/messages`)).json()) as Page_;
  expect(page.messages.filter((m) => m.body === OFFLINE)).toHaveLength(1);

  // 6. "Message ... about this" on an assignment opens Alex's own thread with a reference to it.
  const list = (await (await a.request.get("/api/v1/assignments?limit=100")).json()) as {
    items: { id: string; exercise: { slug: string } }[];
  };
  const assignment = list.items.find((i) => i.exercise.slug === "slowing-down") ?? list.items[0]!;
  await a.goto(`/assignments/${assignment.id}`);
  await a.getByRole("link", { name: "Message Dr. Riley Morgan about this" }).click();
  await expect(a).toHaveURL(new RegExp(`/messages/${alexThreadId}\\?assignment=`));
  await expect(a.getByText("Replying about")).toBeVisible();
  const REPLY = `A question about this exercise (${run}).`;
  await (await composer(a)).fill(REPLY);
  await a.getByRole("button", { name: "Send" }).click();
  await expect(a.getByTestId("message").filter({ hasText: REPLY })).toContainText("About:");

  // 7. The printable export: Alex's holds the private thread; Sam's never does.
  await a.goto("/account/export");
  await expect(a.getByRole("heading", { name: "Your messages" })).toBeVisible();
  await expect(a.locator("body")).toContainText(SECRET);
  await s.goto("/account/export");
  await expect(s.getByRole("heading", { name: "Your messages" })).toBeVisible();
  await expect(s.locator("body")).not.toContainText(SECRET);

  // Wide and narrow views of the pages this journey touched.
  await a.setViewportSize(DESKTOP);
  await shot(a, "client-thread-1280");
  await c.setViewportSize(PHONE);
  await c.goto("/inbox");
  await shot(c, "clinician-inbox-390");
  await Promise.all([alex.context.close(), sam.context.close(), clinician.context.close()]);
});
