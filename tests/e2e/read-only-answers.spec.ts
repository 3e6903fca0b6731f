import { expect, test, type Locator } from "@playwright/test";
import { DEMO_USERS, DESKTOP, PHONE, signedInPage } from "./support/auth";
import { inviteClient, ok } from "./support/api";
import { expectAccessible, prompt, shot } from "./support/pages";

// Issue 19, "no truncated answers on reviewed work": on a phone, a long answer that can no longer
// change is read in full, as text (not a disabled textarea that cuts it off), by the client on their
// work page and by the clinician; and the prep view's note that tells two copies of the same
// exercise apart wraps instead of being cut off. A client of their own is invited for this (the
// TN-only demo clinician's), so no demo client the other specs count is touched.

const run = Date.now().toString(36);
const LAST_SENTENCE = `The last thing I want to say is that I noticed I was holding my breath less (${run}).`;
const LONG_ANSWER = [
  "Monday started badly. We had planned to talk after dinner, but the dishes turned into a discussion about " +
    "whose turn it was, and that turned into the old argument about the phone. I could feel myself getting " +
    "ready to defend every small thing, the way I always do, and I did not want that to happen again.",
  "On Wednesday we tried the slowing-down steps from our last session. I said what I had noticed in my body " +
    "before saying anything about what Alex had done, and it was strange how much that changed the tone of " +
    "the evening. We still disagreed, but neither of us walked out of the room, and we ended up making tea " +
    "and sitting on the balcony for a while without saying much at all.",
  "Thursday was quiet. We went for a long walk by the river and talked about small things, the garden, a film " +
    "we both want to see, and it felt like the first easy conversation in a long time.",
  "Friday was harder. A message came in late at night and I noticed the old suspicion come back straight " +
    "away. I asked about it instead of checking the phone, which is new for me, and the answer was ordinary. " +
    "I still felt shaky afterwards and I would like to talk about why the feeling stays even when the facts " +
    "are fine, because I think that is the part I keep getting stuck on week after week.",
  "Over the weekend we visited my parents, which usually puts me on edge. This time I told Alex beforehand " +
    "what I was worried about, and we agreed on a signal if either of us needed a break. We did not need it " +
    `in the end, but knowing it was there made a difference. ${LAST_SENTENCE}`,
].join("\n\n");
// The note a clinician gives each week's copy, long enough to run past a phone's width several times.
const FIRST_NOTE =
  `First week after our talk about the late-night messages: answer about the week as a whole, not only ` +
  `the hard evenings, and bring anything you would rather say out loud to the session (${run}).`;
const SECOND_NOTE = `Second week: the same questions again (${run}).`;

let clientId = "";
const assignmentIds: string[] = [];

/** All of an element's text is shown: nothing scrolls or clips it, and its last words are on screen once scrolled to. */
async function expectShownInFull(element: Locator, lastWords: string): Promise<void> {
  const shown = await element.evaluate((el: HTMLElement, last) => {
    el.scrollIntoView({ block: "end" });
    // Any box around the text that would cut it off (overflow other than visible and too small).
    const clipped: string[] = [];
    for (let node: HTMLElement | null = el; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      const clips = style.overflowX !== "visible" || style.overflowY !== "visible";
      if (clips && (node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1))
        clipped.push(`${node.tagName}.${node.className}`);
      if (style.textOverflow === "ellipsis" || style.webkitLineClamp !== "none")
        clipped.push(`${node.tagName}: ellipsis`);
    }
    // Where the last words are drawn.
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let rect: DOMRect | null = null;
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const at = text.textContent?.indexOf(last) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + last.length);
      rect = range.getBoundingClientRect();
    }
    return {
      tag: el.tagName,
      whiteSpace: getComputedStyle(el).whiteSpace,
      scrollHeight: el.scrollHeight,
      clientHeight: el.clientHeight,
      clipped,
      last: rect && { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right },
      viewport: { width: window.innerWidth, height: window.innerHeight },
      pageWidth: document.documentElement.scrollWidth,
    };
  }, lastWords);
  expect(["TEXTAREA", "INPUT"]).not.toContain(shown.tag);
  expect(shown.clipped).toEqual([]);
  expect(shown.scrollHeight).toBeLessThanOrEqual(shown.clientHeight + 1);
  expect(shown.last, "the last words are drawn").not.toBeNull();
  expect(shown.last!.top).toBeGreaterThanOrEqual(0);
  expect(shown.last!.bottom).toBeLessThanOrEqual(shown.viewport.height);
  expect(shown.last!.left).toBeGreaterThanOrEqual(0);
  expect(shown.last!.right).toBeLessThanOrEqual(shown.viewport.width);
  // Nothing runs off the side of a phone.
  expect(shown.pageWidth).toBeLessThanOrEqual(shown.viewport.width);
  await expect(element).toBeInViewport();
}

// Later specs need not see this client's open work on the TN-only clinician's dashboard.
test.afterAll(async ({ browser }) => {
  if (assignmentIds.length === 0) return;
  const clinician = await signedInPage(browser, "tnOnly", DESKTOP);
  const c = clinician.page;
  await c.goto("/dashboard");
  const headers = { Origin: new URL(c.url()).origin };
  for (const id of assignmentIds) {
    const res = await c.request.patch(`/api/v1/assignments/${id}`, { headers, data: { withdraw: true } });
    expect(res.ok(), `withdraw ${id}: ${res.status()}`).toBe(true);
  }
  await clinician.context.close();
});

test("a long answer reads in full on a phone once reviewed, for the client and in the prep view", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  expect(LONG_ANSWER.length).toBeGreaterThan(1_500);
  const clinicianName = DEMO_USERS.tnOnly.name;
  const clinician = await signedInPage(browser, "tnOnly", PHONE);
  const c = clinician.page;
  await c.goto("/dashboard");
  const headers = { Origin: new URL(c.url()).origin };

  // A new client of the TN-only clinician, on a phone.
  await page.setViewportSize(PHONE);
  const email = `long-answers-${run}@invitee.mend.test`;
  clientId = await inviteClient(
    c.request,
    page,
    { name: "Robin Longhand", email, state: "TN" },
    headers.Origin,
  );

  async function assign(note: string): Promise<string> {
    const created = await ok<{ items: { id: string }[] }>(
      await c.request.post("/api/v1/assignments", {
        data: {
          exercise: "weekly-trust-check-in",
          clientId,
          dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          note,
        },
        headers,
      }),
      "assignment",
    );
    const id = created.items[0]!.id;
    assignmentIds.push(id);
    return id;
  }

  async function answerAndSend(id: string, text: string): Promise<void> {
    await page.goto(`/assignments/${id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Weekly trust check-in" })).toBeVisible();
    for (const [promptId, n] of [
      ["felt-safe", "7"],
      ["could-count-on", "6"],
      ["openness", "8"],
      ["hope", "8"],
    ] as const)
      // The whole row is the target (the radio itself is visually hidden).
      await prompt(page, promptId)
        .locator("label")
        .filter({ has: page.getByRole("radio", { name: n, exact: true }) })
        .click();
    await prompt(page, "this-week").getByRole("textbox").fill(text);
    await expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 15_000 });
    await page.getByRole("button", { name: `Send to ${clinicianName}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `Sent to ${clinicianName}` })).toBeVisible();
  }

  // 1. The first week: a long answer in four paragraphs, sent, then reviewed.
  const first = await assign(FIRST_NOTE);
  await answerAndSend(first, LONG_ANSWER);
  await ok(
    await c.request.post(`/api/v1/assignments/${first}/review`, { data: { action: "reviewed" }, headers }),
    "review",
  );

  // 2. The client's work page, reviewed: every answer is text under its question, in full.
  await page.goto(`/assignments/${first}`);
  await expect(page.getByText(`${clinicianName} has reviewed this`)).toBeVisible();
  const main = page.locator("main");
  await expect(main.getByRole("textbox")).toHaveCount(0);
  await expect(main.getByRole("radio")).toHaveCount(0);
  await expect(main.locator("[disabled]")).toHaveCount(0);
  const answer = page.getByRole("group", { name: /What stood out this week/ }).getByTestId("answer");
  expect(await answer.innerText()).toBe(LONG_ANSWER);
  await expectShownInFull(answer.locator("p"), LAST_SENTENCE);
  await expect(page.getByRole("group", { name: /How safe did you feel/ })).toContainText(
    "7 (from 0, Not safe at all, to 10, Completely safe)",
  );
  await expectAccessible(page);
  await shot(page, "read-only-work-390");
  await page.setViewportSize(DESKTOP);
  await expectShownInFull(answer.locator("p"), LAST_SENTENCE);
  await shot(page, "read-only-work-1280");
  await page.setViewportSize(PHONE);

  // 3. The second week: a copy of the same exercise, told apart in the prep view by its note and date.
  const second = await assign(SECOND_NOTE);
  await answerAndSend(second, "A quieter week.");

  await c.goto(`/prep/clients/${clientId}`);
  await expect(c.getByRole("heading", { level: 1, name: "Robin Longhand" })).toBeVisible();
  await expect(c.locator(`#assignment-${second}`)).toContainText(`Your note to them: ${SECOND_NOTE}`);
  const earlier = c.getByTestId("earlier-copy");
  await expect(earlier).toHaveCount(1);
  const summary = earlier.locator("summary");
  await expect(summary).toContainText(/Robin sent \w+ \d+/);
  const note = summary.getByTestId("earlier-copy-note");
  await expect(note).toHaveText(`Your note: ${FIRST_NOTE}`);
  await expectShownInFull(note, `(${run}).`);
  const noteBox = (await note.boundingBox())!;
  // Wrapped onto several lines, not one line cut off with an ellipsis.
  expect(noteBox.height).toBeGreaterThan(40);
  await shot(c, "prep-earlier-copy-390");

  // The clinician reads the long answer in full too, once the earlier copy is opened.
  await summary.click();
  const cell = earlier.getByTestId("answer-cell").filter({ hasText: LAST_SENTENCE });
  await expect(cell).toBeVisible();
  await expectShownInFull(cell.locator("p", { hasText: LAST_SENTENCE }), LAST_SENTENCE);
  await expectAccessible(c);
  await shot(c, "prep-earlier-copy-open-390");
  await c.setViewportSize(DESKTOP);
  await expectShownInFull(note, `(${run}).`);
  await shot(c, "prep-earlier-copy-1280");

  await clinician.context.close();
});
