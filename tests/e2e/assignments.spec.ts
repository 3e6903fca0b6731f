import { expect, test } from "@playwright/test";
import { DESKTOP, PHONE, signedInPage } from "./support/auth";
import { expectAccessible, prompt } from "./support/pages";

// Issue 5's journey: clinician@ assigns "Slowing down" to Alex & Sam with different perspectives;
// Alex writes, reloads, keeps writing offline and comes back without loss (also after closing the
// tab); both send; each sees only what the other shared; Jordan sees none of it.

const run = Date.now().toString(36);
const NOTE = `Before our next session, take this slowly (${run}).`;
const ALEX_SHARED = `I feel a heavy sadness that comes back at night (${run}).`;
const ALEX_OFFLINE = `Written on the train with no signal (${run}).`;
const ALEX_CLOSED_TAB = `Written before the tab was closed (${run}).`;
const SAM_PRIVATE = `Only my therapist should read this (${run}).`;
const SAM_SHARED = `I imagine it felt like the floor gave way (${run}).`;

test.describe.configure({ mode: "serial" });

test("assign to a couple, write through a dropped connection, share only what each chose", async ({
  browser,
}) => {
  test.setTimeout(180_000);

  // 1. The clinician assigns, with a perspective each, after seeing the licence check.
  const clinician = await signedInPage(browser, "clinician", DESKTOP);
  const c = clinician.page;
  await c.goto("/assign");
  await expect(c.getByRole("heading", { level: 1, name: /Assign a reflection/ })).toBeVisible();
  await c.getByLabel("Client or couple").selectOption({ label: "Alex & Sam" });
  await expect(c.getByTestId("jurisdiction-status")).toContainText("You can assign work to this couple.");
  await c.getByLabel("Exercise", { exact: true }).selectOption({ label: "Slowing down (20 min)" });
  await c.getByLabel("Alex answers as").selectOption({ label: "The partner who was hurt" });
  await c.getByLabel("Sam answers as").selectOption({ label: "The partner who caused the hurt" });
  await c.getByLabel("A personal note (optional)").fill(NOTE);
  await expectAccessible(c);
  await c.getByRole("button", { name: "Assign this reflection" }).click();
  // The perspectives are confirmed in plain words; the demo couple already has a copy open.
  await expect(c.getByTestId("perspective-confirm")).toContainText(
    "Alex: the partner who was hurt; Sam: the partner who caused the hurt. Is that right?",
  );
  await c.getByRole("button", { name: "Yes, that's right" }).click();
  await expect(c.getByTestId("duplicate-warning")).toBeVisible();
  await c.getByRole("button", { name: "Send another copy anyway" }).click();
  await expect(c).toHaveURL(/\/assign\/[A-Za-z0-9_-]+\?created=1$/);
  const assignmentId = new URL(c.url()).pathname.split("/").pop()!;
  await expect(c.getByRole("status").filter({ hasText: "Assigned" })).toBeVisible();
  const progress = c.getByTestId("recipient-progress");
  await expect(progress.filter({ hasText: "Alex Rivera" })).toContainText("the partner who was hurt");
  await expect(progress.filter({ hasText: "Sam Rivera" })).toContainText("the partner who caused the hurt");
  await expectAccessible(c);

  // 2. Alex, on a phone: the home page shows it with the note, as the next step.
  const alex = await signedInPage(browser, "alex", PHONE);
  const a = alex.page;
  const next = a.getByTestId("next-step");
  await expect(next).toContainText("Slowing down");
  await expect(next).toContainText(NOTE);
  await expectAccessible(a);
  await a.goto(`/assignments/${assignmentId}`);
  await expect(a.getByRole("heading", { level: 1, name: "Slowing down" })).toBeVisible();
  await expect(a.getByText(NOTE)).toBeVisible();

  // Every answer says who will see it; private to the therapist is the default.
  const feelings = prompt(a, "feelings-in-words");
  // Alex & Sam agreed "no secrets": the private choice says what that means (lib/couples/privacy-words.ts).
  await expect(feelings.getByLabel("Therapist only; may come up in joint sessions")).toBeChecked();
  await feelings.getByRole("textbox").fill(ALEX_SHARED);
  await feelings.getByLabel("Share with my partner").check();
  await expect(a.getByTestId("save-status")).toHaveText("Saved", { timeout: 15_000 });
  await expectAccessible(a);

  // Reload: still there, still shared.
  await a.reload();
  await expect(prompt(a, "feelings-in-words").getByRole("textbox")).toHaveValue(ALEX_SHARED);
  await expect(prompt(a, "feelings-in-words").getByLabel("Share with my partner")).toBeChecked();

  // The connection drops; Alex keeps writing. The text is kept on the device, encrypted.
  await alex.context.setOffline(true);
  await prompt(a, "what-would-help-safety").getByRole("textbox").fill(ALEX_OFFLINE);
  await expect(a.getByTestId("save-status")).toHaveText("Offline: kept on this device", { timeout: 15_000 });
  const kept = await a.evaluate(() =>
    Object.entries(localStorage).filter(([key]) => key.startsWith("mend:draft:")),
  );
  expect(kept).toHaveLength(1);
  expect(kept[0]![1]).not.toContain("train");

  // Back online: it reaches the server without loss.
  await alex.context.setOffline(false);
  await expect(a.getByTestId("save-status")).toHaveText("Saved", { timeout: 30_000 });
  const saved = await a.request.get(`/api/v1/assignments/${assignmentId}/response`);
  expect(saved.status()).toBe(200);
  const body = (await saved.json()) as { answers: Record<string, { value: unknown; shared: boolean }> };
  expect(body.answers["what-would-help-safety"]).toEqual({ value: ALEX_OFFLINE, shared: false });
  expect(body.answers["feelings-in-words"]).toEqual({ value: ALEX_SHARED, shared: true });

  // Offline again, and this time the tab is closed before the connection comes back.
  await alex.context.setOffline(true);
  await prompt(a, "pressure-to-move-on").getByRole("textbox").fill(ALEX_CLOSED_TAB);
  await expect(a.getByTestId("save-status")).toHaveText("Offline: kept on this device", { timeout: 15_000 });
  await a.close();
  await alex.context.setOffline(false);
  const a2 = await alex.context.newPage();
  await a2.goto(`/assignments/${assignmentId}`);
  await expect(prompt(a2, "pressure-to-move-on").getByRole("textbox")).toHaveValue(ALEX_CLOSED_TAB);
  await expect(a2.getByTestId("save-status")).toHaveText("Saved", { timeout: 30_000 });
  const restored = (await (
    await a2.request.get(`/api/v1/assignments/${assignmentId}/response`)
  ).json()) as typeof body;
  expect(restored.answers["pressure-to-move-on"]?.value).toBe(ALEX_CLOSED_TAB);

  // Sending checks the required answers first and puts the focus on the first one missing.
  await a2.getByRole("button", { name: /^Send to / }).click();
  await expect(a2.getByRole("alert").filter({ hasText: "One question needs an answer" })).toBeVisible();
  await expect(
    prompt(a2, "readiness").getByLabel("I feel ready to start working on it together"),
  ).toBeFocused();
  await prompt(a2, "readiness").getByLabel("I'm ready for small steps").check();
  await a2.getByRole("button", { name: /^Send to / }).click();
  await expect(a2.getByRole("status").filter({ hasText: "Sent to Dr. Riley Morgan" })).toBeVisible();
  await expect(a2.getByTestId("partner-shared")).toContainText(
    "Sam hasn't finished yet: shared answers appear when you both have.",
  );

  // 3. Sam: sees that Alex has sent, but nothing of what Alex wrote, until Sam sends too.
  const sam = await signedInPage(browser, "sam", PHONE);
  const s = sam.page;
  await s.goto(`/assignments/${assignmentId}`);
  await expect(s.getByTestId("partner-shared")).toContainText("Alex has sent theirs.");
  await expect(s.locator("body")).not.toContainText(ALEX_SHARED);
  await prompt(s, "what-i-did").getByRole("textbox").fill(SAM_PRIVATE);
  const impact = prompt(s, "impact-on-partner");
  await impact.getByRole("textbox").fill(SAM_SHARED);
  await impact.getByLabel("Share with my partner").check();
  await prompt(s, "follow-through").getByRole("textbox").fill("Leave my phone on the kitchen table.");
  await expect(s.getByTestId("save-status")).toHaveText("Saved", { timeout: 15_000 });
  await s.getByRole("button", { name: /^Send to / }).click();
  await expect(s.getByRole("status").filter({ hasText: "Sent to Dr. Riley Morgan" })).toBeVisible();
  const samSees = s.getByTestId("partner-shared");
  await expect(samSees).toContainText("What Alex shared with you");
  await expect(samSees).toContainText(ALEX_SHARED);
  await expect(s.locator("body")).not.toContainText(ALEX_OFFLINE);
  await expect(s.locator("body")).not.toContainText(ALEX_CLOSED_TAB);
  await expectAccessible(s);

  // 4. Alex now sees what Sam shared, and nothing Sam kept private.
  await a2.reload();
  const alexSees = a2.getByTestId("partner-shared");
  await expect(alexSees).toContainText(SAM_SHARED);
  await expect(a2.locator("body")).not.toContainText(SAM_PRIVATE);

  // 5. Jordan sees none of it, in the UI or the API.
  const jordan = await signedInPage(browser, "jordan", PHONE);
  const j = jordan.page;
  await expect(j.locator("body")).not.toContainText("Slowing down");
  const page404 = await j.goto(`/assignments/${assignmentId}`);
  expect(page404?.status()).toBe(404);
  await expect(j.locator("body")).not.toContainText(ALEX_SHARED);
  expect((await j.request.get(`/api/v1/assignments/${assignmentId}/response`)).status()).toBe(404);
  expect((await j.request.get(`/api/v1/assignments/${assignmentId}`)).status()).toBe(404);

  // The clinician reads both, each answer marked private or shared.
  await c.reload();
  await expect(c.locator("body")).toContainText(SAM_PRIVATE);
  await expect(c.locator("body")).toContainText(ALEX_OFFLINE);
  await expect(c.getByText("Shared with partner").first()).toBeVisible();

  for (const ctx of [clinician.context, alex.context, sam.context, jordan.context]) await ctx.close();
});

test("two tabs change the same answer: both texts are shown and the client chooses", async ({ browser }) => {
  const jordan = await signedInPage(browser, "jordan", DESKTOP);
  const first = jordan.page;
  await first.getByTestId("next-step").getByRole("link").click();
  await expect(first).toHaveURL(/\/assignments\//);
  const url = first.url();
  const assignmentId = new URL(url).pathname.split("/").pop()!;
  const second = await jordan.context.newPage();
  await second.goto(url);
  await expect(second.getByTestId("save-status")).toHaveText("Saved");

  await prompt(first, "this-week").getByRole("textbox").fill(`Typed in the first tab (${run}).`);
  await expect(first.getByTestId("save-status")).toHaveText("Saved", { timeout: 15_000 });
  // The second tab still holds the copy from before: its save is stale.
  await prompt(second, "this-week").getByRole("textbox").fill(`Typed in the second tab (${run}).`);
  const panel = second.getByTestId("conflict-panel");
  await expect(panel).toBeVisible({ timeout: 15_000 });
  await expect(panel).toContainText(`Typed in the second tab (${run}).`);
  await expect(panel).toContainText(`Typed in the first tab (${run}).`);
  await expect(second.getByTestId("save-status")).toHaveText("Changed on another device");
  await expectAccessible(second);
  await panel.getByLabel("Keep both").check();
  await panel.getByRole("button", { name: "Use my choices" }).click();
  await expect(second.getByTestId("save-status")).toHaveText("Saved", { timeout: 15_000 });
  const saved = (await (await second.request.get(`/api/v1/assignments/${assignmentId}/response`)).json()) as {
    answers: Record<string, { value: string }>;
  };
  expect(saved.answers["this-week"]?.value).toBe(
    `Typed in the second tab (${run}).\n\nTyped in the first tab (${run}).`,
  );
  await jordan.context.close();
});

test("a log exercise: entries are added and kept, and the client says where they are sending from", async ({
  browser,
}) => {
  const ENTRY = `I said "can I have another go?" and we both laughed (${run}).`;
  const clinician = await signedInPage(browser, "clinician", DESKTOP);
  const c = clinician.page;
  await c.goto("/assign");
  await c.getByLabel("Client or couple").selectOption({ label: "Jordan Lee" });
  await expect(c.getByTestId("jurisdiction-status")).toContainText("You can assign work to this client.");
  await c.getByLabel("Exercise", { exact: true }).selectOption({ label: "Practising repair (10 min)" });
  await c.getByRole("button", { name: "Assign this reflection" }).click();
  await expect(c).toHaveURL(/\/assign\/[A-Za-z0-9_-]+\?created=1$/);
  const assignmentId = new URL(c.url()).pathname.split("/").pop()!;

  // The log editor and the state picker load only when needed (the page's JavaScript budget).
  const jordan = await signedInPage(browser, "jordan", PHONE);
  const j = jordan.page;
  await j.goto(`/assignments/${assignmentId}`);
  await expect(j.getByRole("heading", { level: 1, name: "Practising repair" })).toBeVisible();
  const log = prompt(j, "repair-log");
  await expect(log).toContainText("No entries yet.");
  await log.getByRole("button", { name: "+ Add an entry" }).click();
  const entry = log.getByLabel("What was said, and how it landed");
  await expect(entry).toBeFocused();
  await entry.fill(ENTRY);
  await expect(j.getByTestId("save-status")).toHaveText("Saved", { timeout: 15_000 });
  await expectAccessible(j);

  await expect(j.getByText("Sending from")).toContainText("Virginia");
  await j.getByRole("button", { name: "I'm somewhere else" }).click();
  const where = j.getByLabel("Where are you right now?");
  await expect(where).toBeVisible();
  await where.selectOption({ label: "Virginia" });
  await j.getByRole("button", { name: /^Send to / }).click();
  await expect(j.getByRole("status").filter({ hasText: "Sent to" })).toBeVisible();

  const sent = (await (await j.request.get(`/api/v1/assignments/${assignmentId}/response`)).json()) as {
    answers: Record<string, { value: { text: string; date: string }[] }>;
    state: string;
  };
  expect(sent.state).toBe("SUBMITTED");
  expect(sent.answers["repair-log"]?.value.map((e) => e.text)).toEqual([ENTRY]);

  // A plain link home (no client-side router on the client's pages): home shows it as sent.
  await j.getByRole("link", { name: "Back to home" }).click();
  await expect(j).toHaveURL(/\/home$/);
  await expect(j.locator("body")).toContainText("Practising repair");
  for (const ctx of [clinician.context, jordan.context]) await ctx.close();
});
