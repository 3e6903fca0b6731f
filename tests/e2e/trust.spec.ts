import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { Client } from "pg";
import { e2eDatabaseUrlFile } from "../support/e2e-database-file";
import { DESKTOP, PHONE, signedInPage } from "./support/auth";
import { expectAccessible, prompt } from "./support/pages";

// Issue 19, on a phone (390px): the privacy words match the couple's recorded agreement on every
// client page (and a walk under each agreement fails on any sentence that contradicts it), the send
// confirmation lands where the person is looking with who reads what, and new feedback is marked on
// the home page and opens the work at the feedback, under the answer it is about.

const run = Date.now().toString(36);
const FEELINGS = `A tiredness I can't put down (${run}).`;
const FEEDBACK = `Thank you for putting the tiredness into words (${run}).`;
const FEEDBACK_EDITED = `Thank you for putting this tiredness into words (${run}).`;

type Agreement = "NO_SECRETS" | "LIMITED_SECRETS";

// Sentences that promise more privacy than the agreement gives (or describe the other agreement).
const ANY_COUPLE = [
  /stays? between you and/i,
  /only my therapist/i,
  /only your therapist/i,
  /just for you/i,
  /nothing here is shared/i,
];
const CONTRADICTS: Record<Agreement, RegExp[]> = {
  NO_SECRETS: [
    ...ANY_COUPLE,
    /limited[- ]secrets/i,
    /at their judgement/i,
    /(will|always) (stay|remain|be kept) (private|secret|confidential)/i,
  ],
  LIMITED_SECRETS: [...ANY_COUPLE, /no[- ]secrets/i, /may come up in joint sessions/i],
};
const INDIVIDUAL = [/joint session/i, /no[- ]secrets/i, /limited[- ]secrets/i, /your partner/i];

async function withDb<T>(fn: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: readFileSync(e2eDatabaseUrlFile(), "utf8").trim() });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

async function setAgreement(coupleId: string, agreement: Agreement): Promise<void> {
  await withDb((db) =>
    db.query(`UPDATE "Couple" SET "confidentiality" = $1 WHERE "id" = $2`, [agreement, coupleId]),
  );
}

/** Every sentence of the page that contradicts the rules, for a readable failure. */
async function contradictions(page: Page, rules: RegExp[]): Promise<string[]> {
  const text = await page.locator("body").innerText();
  const sentences = text.split(/(?<=[.!?])\s+|\n+/);
  return sentences.filter((s) => rules.some((rule) => rule.test(s))).map((s) => s.trim());
}

async function origin(page: Page): Promise<{ Origin: string }> {
  return { Origin: new URL(page.url()).origin };
}

test.describe.configure({ mode: "serial" });

let assignmentId = "";
let coupleId = "";

test("a couple reflection on a phone: the agreement, the send summary, new feedback under the answer", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const clinician = await signedInPage(browser, "clinician", DESKTOP);
  const c = clinician.page;
  const alex = await signedInPage(browser, "alex", PHONE);
  const a = alex.page;
  const sam = await signedInPage(browser, "sam", PHONE);

  const caseload = (await (await c.request.get("/api/v1/clients")).json()) as {
    couples: { id: string; name: string }[];
  };
  coupleId = caseload.couples.find((x) => x.name === "Alex & Sam")!.id;
  const alexId = ((await (await a.request.get("/api/v1/me")).json()) as { id: string }).id;
  const samId = ((await (await sam.page.request.get("/api/v1/me")).json()) as { id: string }).id;
  const created = await c.request.post("/api/v1/assignments", {
    data: {
      exercise: "slowing-down",
      coupleId,
      perspectives: { [alexId]: "was-hurt", [samId]: "caused-harm" },
      dueAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      note: `Trust walkthrough (${run})`,
      // The demo couple already has slowing-down open: another copy on purpose.
      allowDuplicate: true,
    },
    headers: await origin(c),
  });
  expect(created.status()).toBe(201);
  assignmentId = ((await created.json()) as { items: { id: string }[] }).items[0]!.id;

  // 1. The agreement in one line at the top, and what "not shared" means under it.
  await a.goto(`/assignments/${assignmentId}`);
  await expect(a.getByTestId("agreement-line")).toHaveText(
    "Your agreement: no secrets. What you tell Dr. Riley Morgan alone may come up in joint sessions.",
  );
  await expect(a.getByTestId("privacy-summary")).toContainText("may bring any answer into a joint session");
  const feelings = prompt(a, "feelings-in-words");
  await expect(feelings.getByLabel("Therapist only; may come up in joint sessions")).toBeChecked();
  await feelings.getByRole("textbox").fill(FEELINGS);
  await feelings.getByLabel("Share with my partner").check();
  await prompt(a, "what-would-help-safety").getByRole("textbox").fill("Knowing where you are.");
  await prompt(a, "readiness").getByLabel("I'm ready for small steps").check();
  await expect(a.getByTestId("save-status")).toHaveText("Saved", { timeout: 15_000 });

  // 2. Send from the sticky bar: the confirmation is brought into view and focused, with who reads what.
  await a.getByRole("button", { name: /^Send to / }).click();
  const summary = a.getByTestId("sent-summary");
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  await expect(summary).toContainText("Sent to Dr. Riley Morgan");
  await expect(summary).toContainText("Sam sees 1 answer you shared, once you have both sent yours.");
  await expect(summary).toContainText(
    "Dr. Riley Morgan sees everything; 2 answers are therapist only (may come up in joint sessions).",
  );
  await a.screenshot({ path: "test-results/trust-sent-summary-390.png" });
  await expectAccessible(a);

  // 3. Feedback on Alex's answer: the home page marks the work until Alex opens it.
  const prep = (await (await c.request.get(`/api/v1/prep/couples/${coupleId}`)).json()) as {
    assignments: { id: string; copies: { recipientId: string; clientId: string }[] }[];
  };
  const alexCopy = prep.assignments
    .find((x) => x.id === assignmentId)!
    .copies.find((x) => x.clientId === alexId)!.recipientId;
  const feedback = await c.request.post(`/api/v1/assignments/${assignmentId}/comments`, {
    data: { kind: "FEEDBACK", body: FEEDBACK, recipientId: alexCopy, promptId: "feelings-in-words" },
    headers: await origin(c),
  });
  expect(feedback.status()).toBe(201);
  const commentId = ((await feedback.json()) as { id: string }).id;

  await a.goto("/home");
  const link = a.locator(`a[href^="/assignments/${assignmentId}"]`).first();
  await expect(link.getByTestId("new-feedback")).toHaveText("New feedback");
  await a.screenshot({ path: "test-results/trust-home-new-feedback-390.png", fullPage: true });
  await link.click();
  await expect(a).toHaveURL(new RegExp(`/assignments/${assignmentId}#new-feedback$`));
  const item = prompt(a, "feelings-in-words").getByTestId("feedback-item");
  await expect(item).toContainText(FEEDBACK);
  await expect(item).toBeInViewport();
  await a.screenshot({ path: "test-results/trust-feedback-under-answer-390.png" });
  await expectAccessible(a);

  await a.goto("/home");
  await expect(a.locator(`a[href^="/assignments/${assignmentId}"]`).first()).not.toContainText(
    "New feedback",
  );

  // 4. Edited feedback: new again, and marked "edited".
  const edited = await c.request.patch(`/api/v1/comments/${commentId}`, {
    data: { body: FEEDBACK_EDITED },
    headers: await origin(c),
  });
  expect(edited.status()).toBe(200);
  await a.reload();
  await expect(a.locator(`a[href^="/assignments/${assignmentId}"]`).first()).toContainText("New feedback");
  await a.goto(`/assignments/${assignmentId}`);
  await expect(prompt(a, "feelings-in-words").getByTestId("feedback-item")).toContainText(/edited/);
  await expect(a.locator("body")).not.toContainText(FEEDBACK);

  // 5. The clinician withdraws it from the prep view; Alex then reads only that it was withdrawn.
  await c.goto(`/prep/couples/${coupleId}`);
  const card = c.locator(`#assignment-${assignmentId}`);
  const mine = card.getByTestId("comment-list").locator("li").filter({ hasText: FEEDBACK_EDITED });
  await expect(mine).toContainText("edited");
  await c.screenshot({ path: "test-results/trust-prep-1280.png", fullPage: true });
  await mine.getByRole("button", { name: "Withdraw this feedback" }).click();
  await mine.getByRole("button", { name: "Withdraw feedback" }).click();
  await expect(
    card.getByTestId("comment-list").locator("li").filter({ hasText: FEEDBACK_EDITED }),
  ).toContainText("withdrawn, no longer shown");
  await a.goto(`/assignments/${assignmentId}`);
  await expect(prompt(a, "feelings-in-words").getByTestId("feedback-item")).toContainText(
    "Dr. Riley Morgan withdrew this feedback.",
  );
  await expect(a.locator("body")).not.toContainText(FEEDBACK_EDITED);
  await a.setViewportSize(DESKTOP);
  await a.screenshot({ path: "test-results/trust-assignment-1280.png", fullPage: true });
  await a.goto("/account/privacy");
  await a.screenshot({ path: "test-results/trust-privacy-1280.png", fullPage: true });

  for (const ctx of [clinician.context, alex.context, sam.context]) await ctx.close();
});

test("no client page says anything about privacy that contradicts the couple's agreement", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const alex = await signedInPage(browser, "alex", PHONE);
  const a = alex.page;
  const pages = ["/home", `/assignments/${assignmentId}`, "/account/privacy"];
  try {
    for (const agreement of ["NO_SECRETS", "LIMITED_SECRETS"] as const) {
      await setAgreement(coupleId, agreement);
      for (const path of pages) {
        await a.goto(path);
        expect(await contradictions(a, CONTRADICTS[agreement]), `${agreement} ${path}`).toEqual([]);
      }
      await a.goto(`/assignments/${assignmentId}`);
      await expect(a.getByTestId("agreement-line")).toContainText(
        agreement === "NO_SECRETS" ? "no secrets" : "limited secrets",
      );
      await a.goto("/account/privacy");
      await expect(a.getByTestId("confidentiality-agreement")).toContainText(
        agreement === "NO_SECRETS" ? "No secrets" : "Limited secrets",
      );
    }
  } finally {
    await setAgreement(coupleId, "NO_SECRETS");
  }

  // Someone who is not part of a couple is never told about partners or joint sessions.
  const jordan = await signedInPage(browser, "jordan", PHONE);
  const j = jordan.page;
  const mine = (await (await j.request.get("/api/v1/assignments?limit=5")).json()) as {
    items: { id: string }[];
  };
  for (const path of [
    "/home",
    "/account/privacy",
    ...mine.items.slice(0, 1).map((x) => `/assignments/${x.id}`),
  ]) {
    await j.goto(path);
    expect(await contradictions(j, INDIVIDUAL), `individual ${path}`).toEqual([]);
  }
  for (const ctx of [alex.context, jordan.context]) await ctx.close();
});
