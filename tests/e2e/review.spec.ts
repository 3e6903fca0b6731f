import { expect, test } from "@playwright/test";
import { DESKTOP, PHONE, signedInPage } from "./support/auth";
import { expectAccessible, prompt } from "./support/pages";

// Issue 6's journey: with the demo couple's work sent, clinician@ opens the dashboard, goes to the
// next appointment's prep view, reads both partners side by side, leaves private notes and feedback,
// marks it reviewed; Alex then sees the feedback meant for Alex and nothing of Sam's private answers.

// From the demo seed (prisma/seed-assignments.ts: DEMO_COUPLE_NOTE and the answers), copied rather
// than imported so this browser-only spec pulls in no database code.
const DEMO_COUPLE_NOTE =
  "Go gently with this one. There are no right answers; write what is true for you this week.";
const ALEX_SHARED = "Mostly a heavy sadness.";
const ALEX_PRIVATE = "My sister keeps saying I should be over it by now.";
const SAM_PRIVATE = "I kept messaging my ex for months and hid it.";

const run = Date.now().toString(36);
const SAM_SHARED = `I imagine the ground went from under you (${run}).`;
const NOTE_ON_SAM = `Sam still minimises; slow down here (${run}).`;
const NOTE_ON_ALEX = `Sister's pressure: explore in session (${run}).`;
const TO_ALEX_SHARED = `Thank you for naming the sadness so clearly (${run}).`;
const TO_ALEX_PRIVATE = `You can take all the time you need (${run}).`;
const TO_SAM_PRIVATE = `Thank you for writing this plainly (${run}).`;

test.describe.configure({ mode: "serial" });

test("prepare from the dashboard, read both partners side by side, give feedback, mark reviewed", async ({
  browser,
}) => {
  test.setTimeout(180_000);

  // 0. Sam sends their part of the demo "Slowing down" (the seed leaves it as a draft).
  const sam = await signedInPage(browser, "sam", PHONE);
  const s = sam.page;
  const list = (await (await s.request.get("/api/v1/assignments?limit=100")).json()) as {
    items: { id: string; note: string | null }[];
  };
  const assignmentId = list.items.find((item) => item.note === DEMO_COUPLE_NOTE)?.id;
  expect(assignmentId, "the demo couple's assignment").toBeTruthy();
  await s.goto(`/assignments/${assignmentId}`);
  await expect(s.getByRole("heading", { level: 1, name: "Slowing down" })).toBeVisible();
  await expect(prompt(s, "what-i-did").getByRole("textbox")).toHaveValue(SAM_PRIVATE);
  const impact = prompt(s, "impact-on-partner");
  await impact.getByRole("textbox").fill(SAM_SHARED);
  await impact.getByLabel("Share with my partner").check();
  await prompt(s, "follow-through").getByRole("textbox").fill("Tell you when they contact me, the same day.");
  await expect(s.getByTestId("save-status")).toHaveText("Saved", { timeout: 15_000 });
  await s.getByRole("button", { name: /^Send to / }).click();
  await expect(s.getByRole("status").filter({ hasText: "Sent to Dr. Riley Morgan" })).toBeVisible();

  // 1. The clinician's dashboard: the couple's next appointment, with what came in since the last one.
  const clinician = await signedInPage(browser, "clinician", DESKTOP);
  const c = clinician.page;
  await c.goto("/dashboard");
  const upcoming = c.getByTestId("upcoming-appointments");
  await expect(upcoming).toContainText(/Times in Central (Standard|Daylight) Time/);
  const row = upcoming.getByTestId("appointment-row").filter({ hasText: "Alex & Sam" }).first();
  await expect(row).toContainText(/new since/);
  await expect(row).toContainText(/to review/);
  await expect(
    c
      .getByTestId("awaiting-review")
      .getByTestId("review-row")
      .filter({ hasText: "Alex & Sam · Slowing down" })
      .first(),
  ).toBeVisible();
  await expectAccessible(c);

  // 2. Prepare → the couple's prep view.
  await row.getByRole("link", { name: /Prepare for Alex & Sam/ }).click();
  await expect(c).toHaveURL(/\/prep\/couples\/[A-Za-z0-9_-]+$/);
  const coupleId = new URL(c.url()).pathname.split("/").pop()!;
  await expect(c.getByRole("heading", { level: 1, name: "Alex & Sam" })).toBeVisible();
  await expect(c.getByTestId("prep-glance")).toContainText("Next appointment:");
  const card = c.locator(`#assignment-${assignmentId}`);
  await expect(card).toContainText("Your note to them:");

  // Both partners side by side: Alex's and Sam's first answers sit in one row, in two columns.
  const cells = card.getByTestId("answer-cell");
  const alexFirst = cells.filter({ hasText: "Alex · the partner who was hurt" }).first();
  const samFirst = cells.filter({ hasText: "Sam · the partner who caused the hurt" }).first();
  const [alexBox, samBox] = [await alexFirst.boundingBox(), await samFirst.boundingBox()];
  expect(alexBox && samBox).toBeTruthy();
  expect(Math.abs(alexBox!.y - samBox!.y)).toBeLessThan(2);
  expect(samBox!.x).toBeGreaterThan(alexBox!.x + alexBox!.width - 1);

  // Every answer says who can see it.
  const alexShared = cells.filter({ hasText: ALEX_SHARED });
  await expect(alexShared.getByText("Shared with Sam")).toBeVisible();
  const alexPrivate = cells.filter({ hasText: ALEX_PRIVATE });
  await expect(alexPrivate.getByText("Private · only you")).toBeVisible();
  const samPrivate = cells.filter({ hasText: SAM_PRIVATE });
  await expect(samPrivate.getByText("Private · only you")).toBeVisible();
  await expect(cells.filter({ hasText: SAM_SHARED }).getByText("Shared with Alex")).toBeVisible();
  await expectAccessible(c);

  // 3. Private notes and feedback, each saying who will read it before it is sent.
  async function comment(
    cell: ReturnType<typeof cells.filter>,
    who: string,
    kind: "note" | "feedback",
    text: string,
    audience?: RegExp,
    label = `Feedback ${who} sees`,
  ) {
    await cell.getByRole("button", { name: `Note or feedback on ${who}'s answer` }).click();
    const form = cell.getByRole("form", { name: `Note or feedback on ${who}'s answer` });
    if (kind === "feedback") {
      await form.getByLabel(label, { exact: true }).check();
      if (audience) await expect(form).toContainText(audience);
      await form.getByLabel("Your feedback").fill(text);
      await form.getByRole("button", { name: "Send feedback" }).click();
    } else {
      await expect(form).toContainText("Only you will see this note.");
      await form.getByLabel("Your note").fill(text);
      await form.getByRole("button", { name: "Save note" }).click();
    }
    await expect(cell.getByTestId("comment-list")).toContainText(text);
  }
  await comment(samPrivate, "Sam", "note", NOTE_ON_SAM);
  await expect(
    samPrivate.getByTestId("comment-list").locator("li").filter({ hasText: NOTE_ON_SAM }),
  ).toContainText("Private note · only you");
  await comment(alexPrivate, "Alex", "note", NOTE_ON_ALEX);
  await comment(
    alexShared,
    "Alex",
    "feedback",
    TO_ALEX_SHARED,
    /Alex and Sam will both see this, because Alex shared this answer/,
    // Both will read it, and the choice says so before it is sent.
    "Feedback Alex and Sam see",
  );
  await expect(
    alexShared.getByTestId("comment-list").locator("li").filter({ hasText: TO_ALEX_SHARED }),
  ).toContainText("seen by Alex and Sam");
  await comment(alexPrivate, "Alex", "feedback", TO_ALEX_PRIVATE, /Alex will see this feedback/);
  await comment(samPrivate, "Sam", "feedback", TO_SAM_PRIVATE, /Sam will see this feedback/);
  await expect(
    samPrivate.getByTestId("comment-list").locator("li").filter({ hasText: TO_SAM_PRIVATE }),
  ).toContainText("seen by Sam");

  // 4. Mark it reviewed: both copies are locked.
  await card.getByRole("button", { name: "Mark reviewed (Alex and Sam)" }).click();
  await expect(card.getByRole("status").filter({ hasText: "Marked reviewed" })).toBeVisible();
  await expect(card).toContainText("Alex: sent");
  await expect(card.getByText("· reviewed").first()).toBeVisible();
  await expect(card.getByRole("button", { name: /^Mark reviewed/ })).toHaveCount(0);

  // 5. Alex sees the feedback meant for Alex, and nothing of Sam's private answers or of the notes.
  const alex = await signedInPage(browser, "alex", PHONE);
  const a = alex.page;
  await a.goto(`/assignments/${assignmentId}`);
  await expect(a.getByText("Dr. Riley Morgan has reviewed this")).toBeVisible();
  // Feedback on an answer sits under that answer.
  await expect(prompt(a, "feelings-in-words").getByTestId("feedback-item")).toContainText(TO_ALEX_SHARED);
  await expect(a.getByTestId("feedback-item").filter({ hasText: TO_ALEX_PRIVATE })).toBeVisible();
  const body = a.locator("body");
  for (const hidden of [SAM_PRIVATE, NOTE_ON_SAM, NOTE_ON_ALEX, TO_SAM_PRIVATE])
    await expect(body).not.toContainText(hidden);
  await expect(a.getByTestId("partner-shared")).toContainText(SAM_SHARED);
  await expectAccessible(a);
  const alexApi = await a.request.get(`/api/v1/assignments/${assignmentId}/comments`);
  expect(alexApi.status()).toBe(200);
  const alexText = await alexApi.text();
  expect(alexText).toContain(TO_ALEX_SHARED);
  for (const hidden of [NOTE_ON_SAM, NOTE_ON_ALEX, TO_SAM_PRIVATE]) expect(alexText).not.toContain(hidden);
  // Reviewed: Alex's copy can no longer be changed.
  const save = await a.request.put(`/api/v1/assignments/${assignmentId}/response`, {
    data: { version: 99, answers: {} },
    headers: { Origin: new URL(a.url()).origin },
  });
  expect(save.status()).toBe(409);
  // Prep views are for the couple's clinician only.
  expect((await a.request.get(`/api/v1/prep/couples/${coupleId}`)).status()).toBe(403);

  // 6. Sam sees the feedback on their own private answer and on Alex's shared one, not Alex's private one.
  await s.reload();
  await expect(s.getByTestId("feedback-item").filter({ hasText: TO_SAM_PRIVATE })).toBeVisible();
  // On Alex's shared answer: in the list below, not under one of Sam's answers.
  await expect(s.getByTestId("feedback-list")).toContainText(TO_ALEX_SHARED);
  for (const hidden of [TO_ALEX_PRIVATE, ALEX_PRIVATE, NOTE_ON_SAM, NOTE_ON_ALEX])
    await expect(s.locator("body")).not.toContainText(hidden);

  // 7. Another clinician of the practice knows nothing of it.
  const other = await signedInPage(browser, "tnOnly", DESKTOP);
  const o = other.page;
  expect((await o.goto(`/prep/couples/${coupleId}`))?.status()).toBe(404);
  expect((await o.request.get(`/api/v1/prep/couples/${coupleId}`)).status()).toBe(404);
  expect((await o.request.get(`/api/v1/assignments/${assignmentId}/comments`)).status()).toBe(404);
  await expect(o.locator("body")).not.toContainText(SAM_PRIVATE);

  for (const ctx of [sam.context, clinician.context, alex.context, other.context]) await ctx.close();
});

test("an individual's prep view shows the check-in trend as a chart and as a table", async ({ browser }) => {
  const clinician = await signedInPage(browser, "clinician", PHONE);
  const c = clinician.page;
  await c.goto("/dashboard");
  await c.getByRole("link", { name: /Prepare for Jordan Lee/ }).click();
  await expect(c.getByRole("heading", { level: 1, name: "Jordan Lee" })).toBeVisible();
  const trend = c.getByTestId("trend").first();
  await expect(trend.getByTestId("trend-chart").first()).toBeVisible();
  await trend.getByText(/The numbers for .How safe did you feel/).click();
  const table = trend.getByRole("table", { name: /How safe did you feel/ });
  await expect(table).toBeVisible();
  expect(await table.locator("tbody tr").count()).toBeGreaterThanOrEqual(5);
  await expectAccessible(c);
  await clinician.context.close();
});
