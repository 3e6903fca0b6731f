import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { Client } from "pg";
import { e2eDatabaseUrlFile } from "../support/e2e-database-file";
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

const FEEDBACK_ALEX = `Alex, your note on what helps was clear and brave (${run}).`;
const FEEDBACK_BOTH = `You both took this on honestly this week (${run}).`;
const LINK_MESSAGE = `This article helped me: https://example.org/x (${run}).`;
const JORDAN = `A question before Tuesday (${run}).`;

async function origin(page: Page): Promise<{ Origin: string }> {
  return { Origin: new URL(page.url()).origin };
}

/** One person's copy of an assignment (the id feedback on their copy names; no API lists it unsent). */
async function recipientId(assignmentId: string, clientId: string): Promise<string> {
  const db = new Client({ connectionString: readFileSync(e2eDatabaseUrlFile(), "utf8").trim() });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(
      `SELECT "id" FROM "AssignmentRecipient" WHERE "assignmentId" = $1 AND "clientId" = $2`,
      [assignmentId, clientId],
    );
    return rows[0]!.id;
  } finally {
    await db.end();
  }
}

/** The unread count the clinician's navigation shows ("Inbox (3 unread)"; none: 0). */
async function navUnread(page: Page): Promise<number> {
  const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Inbox/ });
  return Number(/\((\d+) unread\)/.exec((await link.textContent()) ?? "")?.[1] ?? "0");
}

/** Opens a thread with something unread and waits until the page has marked it read (it does so once shown). */
async function openUnread(page: Page, row: Locator): Promise<void> {
  const read = page.waitForResponse(
    (r) =>
      r.request().method() === "POST" && /^\/api\/v1\/threads\/[^/]+\/read$/.test(new URL(r.url()).pathname),
  );
  await row.getByRole("link").click();
  expect((await read).ok()).toBe(true);
}

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

test("Reply on a piece of feedback opens the thread of the people who read it, with the reference; links stay text", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const clinician = await signedInPage(browser, "clinician", DESKTOP);
  const c = clinician.page;
  const alex = await signedInPage(browser, "alex", PHONE);
  const a = alex.page;
  const sam = await signedInPage(browser, "sam", PHONE);
  const s = sam.page;
  // Nothing in a message is ever fetched (no link previews): no request leaves for the linked site.
  const fetched: string[] = [];
  for (const p of [a, s, c])
    p.on("request", (r) => void (r.url().includes("example.org") && fetched.push(r.url())));

  // A couple reflection, with feedback on Alex's copy (Alex alone reads it) and on the whole (both do).
  await c.goto("/dashboard");
  const caseload = (await (await c.request.get("/api/v1/clients")).json()) as {
    couples: { id: string; name: string }[];
  };
  const coupleId = caseload.couples.find((x) => x.name === "Alex & Sam")!.id;
  const alexId = ((await (await a.request.get("/api/v1/me")).json()) as { id: string }).id;
  const samId = ((await (await s.request.get("/api/v1/me")).json()) as { id: string }).id;
  const created = await c.request.post("/api/v1/assignments", {
    data: {
      exercise: "slowing-down",
      coupleId,
      perspectives: { [alexId]: "was-hurt", [samId]: "caused-harm" },
      dueAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      note: `Messages reply walkthrough (${run})`,
      allowDuplicate: true,
    },
    headers: await origin(c),
  });
  expect(created.status()).toBe(201);
  const assignmentId = ((await created.json()) as { items: { id: string }[] }).items[0]!.id;
  const alexCopy = await recipientId(assignmentId, alexId);
  const feedback = async (body: string, recipientId?: string) => {
    const res = await c.request.post(`/api/v1/assignments/${assignmentId}/comments`, {
      data: { kind: "FEEDBACK", body, ...(recipientId ? { recipientId } : {}) },
      headers: await origin(c),
    });
    expect(res.status()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const onlyAlex = await feedback(FEEDBACK_ALEX, alexCopy);
  const both = await feedback(FEEDBACK_BOTH);

  await a.goto("/messages");
  const threads = (await (await a.request.get("/api/v1/threads")).json()) as {
    threads: { id: string; kind: string }[];
  };
  const alexPrivate = threads.threads.find((t) => t.kind === "PRIVATE")!.id;
  const joint = threads.threads.find((t) => t.kind === "JOINT")!.id;

  // 1. Feedback only Alex reads: "Reply" opens Alex's private thread, showing what it is about.
  await a.goto(`/assignments/${assignmentId}`);
  await a
    .getByTestId("feedback-item")
    .filter({ hasText: FEEDBACK_ALEX })
    .getByRole("link", { name: "Reply" })
    .click();
  await expect(a).toHaveURL(
    new RegExp(`/messages/${alexPrivate}\\?assignment=${assignmentId}&comment=${onlyAlex}$`),
  );
  await expect(a.getByRole("heading", { level: 1 })).toContainText("Just you and Riley");
  await expect(a.getByTestId("reply-reference")).toContainText("Replying about Slowing down (feedback)");
  await shot(a, "client-reply-to-feedback-390");
  const PRIVATE_REPLY = `Thank you; can we talk about it alone first? (${run})`;
  await (await composer(a)).fill(PRIVATE_REPLY);
  await a.getByRole("button", { name: "Send" }).click();
  await expect(a.getByTestId("message").filter({ hasText: PRIVATE_REPLY })).toContainText(
    "About: Slowing down (feedback)",
  );

  // 2. Feedback both read: "Reply" opens the joint thread. The message carries a link, shown as text.
  await a.goto(`/assignments/${assignmentId}`);
  await a
    .getByTestId("feedback-item")
    .filter({ hasText: FEEDBACK_BOTH })
    .getByRole("link", { name: "Reply" })
    .click();
  await expect(a).toHaveURL(new RegExp(`/messages/${joint}\\?assignment=${assignmentId}&comment=${both}$`));
  await expect(a.getByRole("heading", { level: 1 })).toContainText("Together with Riley");
  await expect(a.getByTestId("reply-reference")).toContainText("Replying about Slowing down (feedback)");
  await (await composer(a)).fill(LINK_MESSAGE);
  await a.getByRole("button", { name: "Send" }).click();
  const linkMessage = a.getByTestId("message").filter({ hasText: LINK_MESSAGE });
  await expect(linkMessage).toContainText("About: Slowing down (feedback)");
  await expect(linkMessage).toContainText("https://example.org/x");
  await expect(linkMessage.locator('a[href*="example.org"]')).toHaveCount(0);
  await expect(a.locator('a[href*="example.org"]')).toHaveCount(0);

  // 3. Sam, in the joint thread: the message and its reference, the link as text; nothing of the
  // private reply. The clinician sees the same text, and the private reply in Alex's thread.
  await s.goto("/messages");
  await s.getByRole("link", { name: /Together with Riley/ }).click();
  await expect(s).toHaveURL(new RegExp(`/messages/${joint}$`));
  const samView = s.getByTestId("message").filter({ hasText: LINK_MESSAGE });
  await expect(samView).toContainText("About: Slowing down (feedback)");
  await expect(samView.getByText("https://example.org/x", { exact: false })).toBeVisible();
  await expect(s.locator('a[href*="example.org"]')).toHaveCount(0);
  await expect(s.locator("body")).not.toContainText(PRIVATE_REPLY);
  await shot(s, "client-joint-link-as-text-390");
  await c.goto(`/inbox/${joint}`);
  await expect(c.getByTestId("message").filter({ hasText: LINK_MESSAGE })).toBeVisible();
  await expect(c.locator('a[href*="example.org"]')).toHaveCount(0);
  await shot(c, "clinician-joint-link-as-text-1280");
  await c.goto(`/inbox/${alexPrivate}`);
  await expect(c.getByTestId("message").filter({ hasText: PRIVATE_REPLY })).toContainText(
    "About: Slowing down (feedback)",
  );
  expect(fetched).toEqual([]);

  // 4. A crafted link naming feedback Sam cannot read shows no reference to it.
  await s.goto(`/messages/${joint}?assignment=${assignmentId}&comment=${onlyAlex}`);
  await expect(s.getByTestId("reply-reference")).toHaveText(/^Replying about Slowing down\s*Remove$/);
  await Promise.all([alex.context.close(), sam.context.close(), clinician.context.close()]);
});

test("the clinician's inbox in the browser: mark unread, archive and bring back, filter by client or couple", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // The couple's three threads exist once both partners have opened Messages (for the filter).
  for (const who of ["alex", "sam"] as const) {
    const partner = await signedInPage(browser, who, PHONE);
    await partner.page.goto("/messages");
    await expect(partner.page.getByTestId("thread")).toHaveCount(2);
    await partner.context.close();
  }
  // Jordan writes (through the API the Messages page uses), so the inbox has something new.
  const jordan = await signedInPage(browser, "jordan", PHONE);
  const j = jordan.page;
  await j.goto("/messages");
  const own = await j.request.post("/api/v1/threads", { data: { kind: "own" }, headers: await origin(j) });
  expect(own.ok()).toBe(true);
  const jordanThread = ((await own.json()) as { id: string }).id;
  const sent = await j.request.post(`/api/v1/threads/${jordanThread}/messages`, {
    data: { body: JORDAN, idempotencyKey: `e2e-inbox-${run}` },
    headers: await origin(j),
  });
  expect(sent.status()).toBe(201);
  await jordan.context.close();

  const clinician = await signedInPage(browser, "clinician", DESKTOP);
  const c = clinician.page;
  const rows = c.getByTestId("thread");
  const jordanRow = rows.filter({ hasText: "Jordan Lee" });
  await c.goto("/inbox");
  await expect(jordanRow.getByTestId("unread")).toHaveText("1 unread");
  const unreadBefore = await navUnread(c);
  const inboxRows = await rows.count();
  expect(unreadBefore).toBeGreaterThanOrEqual(1);

  // Reading brings the count down; "Mark unread" puts it back, on the row and in the navigation.
  await openUnread(c, jordanRow);
  await expect(c.getByTestId("message").filter({ hasText: JORDAN })).toBeVisible();
  await c.goto("/inbox");
  await expect(jordanRow.getByTestId("unread")).toHaveCount(0);
  await expect.poll(() => navUnread(c)).toBe(unreadBefore - 1);
  await jordanRow.getByRole("link").click();
  await composer(c); // hydrated: the buttons work
  await c.getByRole("button", { name: "Mark unread" }).click();
  await expect(c).toHaveURL(/\/inbox$/);
  await expect(jordanRow.getByTestId("unread")).toHaveText("1 unread");
  await expect.poll(() => navUnread(c)).toBe(unreadBefore);

  // Archive: the thread leaves the inbox for "Archived"; "Move back to inbox" returns it.
  await openUnread(c, jordanRow);
  await composer(c); // hydrated: the buttons work
  await c.getByRole("button", { name: "Archive" }).click();
  await expect(c).toHaveURL(/\/inbox$/);
  await expect(jordanRow).toHaveCount(0);
  await expect(rows).toHaveCount(inboxRows - 1);
  await c.getByRole("link", { name: "Archived", exact: true }).click();
  await expect(c.getByRole("heading", { level: 1, name: "Archived conversations" })).toBeVisible();
  await expect(jordanRow).toHaveCount(1);
  await shot(c, "clinician-inbox-archived-1280");
  await jordanRow.getByRole("link").click();
  await composer(c); // hydrated: the buttons work
  await c.getByRole("button", { name: "Move back to inbox" }).click();
  await expect(c).toHaveURL(/\/inbox$/);
  await expect(jordanRow).toHaveCount(1);
  await expect(rows).toHaveCount(inboxRows);

  // The filter: one couple's threads (joint and each partner's), then one client's, then everyone.
  const filter = c.getByRole("navigation", { name: "Filter by client or couple" });
  await filter.getByRole("link", { name: "Alex & Sam", exact: true }).click();
  await expect(c).toHaveURL(/\/inbox\?couple=/);
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "Alex & Sam (together)" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Alex Rivera (private)" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Sam Rivera (private)" })).toHaveCount(1);
  await expect(jordanRow).toHaveCount(0);
  await shot(c, "clinician-inbox-couple-filter-1280");
  await c.getByRole("link", { name: "Show everyone" }).click();
  await expect(rows).toHaveCount(inboxRows);
  await filter.getByRole("link", { name: "Jordan Lee", exact: true }).click();
  await expect(c).toHaveURL(/\/inbox\?client=/);
  await expect(rows).toHaveCount(1);
  await expect(jordanRow).toHaveCount(1);
  // The count under a filter is of the conversations shown (Jordan's was read above); the total stays.
  await expect(c.getByText(`0 unread here, ${await navUnread(c)} in all`, { exact: true })).toBeVisible();
  await c.setViewportSize(PHONE);
  await shot(c, "clinician-inbox-client-filter-390");
  await clinician.context.close();
});
