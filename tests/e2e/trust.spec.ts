import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { Client } from "pg";
import { parse } from "yaml";
import { e2eDatabaseUrlFile } from "../support/e2e-database-file";
import { DESKTOP, PHONE, signedInPage } from "./support/auth";
import { linkFromLatestEmail } from "./support/emails";
import { expectAccessible, prompt, shot } from "./support/pages";

// Issue 19, on a phone (390px): the privacy words match the couple's recorded agreement on every
// client page (and a walk under each agreement fails on any sentence that contradicts it), the send
// confirmation lands where the person is looking with who reads what, and new feedback is marked on
// the home page and opens the work at the feedback, under the answer it is about. When the second
// partner sends, the confirmation says what is true then (no "once you have both sent yours").

const run = Date.now().toString(36);
const FEELINGS = `A tiredness I can't put down (${run}).`;
const FEEDBACK = `Thank you for putting the tiredness into words (${run}).`;
const FEEDBACK_EDITED = `Thank you for putting this tiredness into words (${run}).`;
const SAM_SHARED = `Leave my phone on the table, unlocked, every evening (${run}).`;
// What the page knew before both had sent; wrong the moment the second partner sends.
const STALE = /once you have both sent yours|after you have both sent yours|after both (send|have sent)/i;

type Agreement = "NO_SECRETS" | "LIMITED_SECRETS";

// Sentences that promise more privacy than the agreement gives (or describe the other agreement).
const ANY_COUPLE = [
  /stays? between you and/i,
  /between (you|them) and (your|their|the) therapist/i,
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

/**
 * Every sentence of Mend's own on the page that contradicts the rules, for a readable failure. What
 * people wrote (messages, answers, notes, feedback: every one is shown with its line breaks kept,
 * whitespace-pre-*) is theirs, not Mend's: "Something only my therapist should know" in a message
 * is not a promise the app makes. It is hidden while the page's text is read, then shown again.
 */
/**
 * Every text of the exercise library (content/**.yaml): an exercise's own wording ("Each time you try
 * a repair, or your partner does, note it here.") is the exercise's, chosen by the clinician who gave
 * it, not a privacy promise Mend makes, so a sentence found in it is not checked.
 */
function libraryTexts(): string[] {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.ya?ml$/.test(entry.name)) collect(parse(readFileSync(file, "utf8")));
    }
  };
  walk(path.join(process.cwd(), "content"));
  if (texts.length === 0) throw new Error("No exercise library found under content/.");
  return texts;
}
const LIBRARY = libraryTexts();

async function contradictions(page: Page, rules: RegExp[]): Promise<string[]> {
  const text = await page.locator("body").evaluate((body: HTMLElement) => {
    const theirs = [...body.querySelectorAll<HTMLElement>('[class*="whitespace-pre"]')];
    for (const el of theirs) el.style.setProperty("display", "none");
    const read = body.innerText;
    for (const el of theirs) el.style.removeProperty("display");
    return read;
  });
  const sentences = text.split(/(?<=[.!?])\s+|\n+/);
  return sentences
    .map((s) => s.trim())
    .filter((s) => rules.some((rule) => rule.test(s)) && !LIBRARY.some((text) => text.includes(s)));
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
  test.setTimeout(240_000);
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

  // 2b. Sam sends second: from that moment the words say Alex can see what Sam shared, never "once
  // you have both sent yours" (the page had loaded before Sam sent, when that was still true).
  const s = sam.page;
  await s.goto(`/assignments/${assignmentId}`);
  await expect(s.getByTestId("privacy-summary")).toContainText("only after you have both sent yours");
  await prompt(s, "what-i-did").getByRole("textbox").fill("I kept where I was from you for months.");
  await prompt(s, "impact-on-partner").getByRole("textbox").fill("Like the ground kept moving.");
  const follow = prompt(s, "follow-through");
  await follow.getByRole("textbox").fill(SAM_SHARED);
  await follow.getByLabel("Share with my partner").check();
  await expect(follow).toContainText("Alex will see this answer once you have both sent yours.");
  await expect(s.getByTestId("save-status")).toHaveText("Saved", { timeout: 15_000 });
  await s.getByRole("button", { name: /^Send to / }).click();
  const second = s.getByTestId("sent-summary");
  await expect(second).toBeFocused();
  await expect(second).toBeInViewport();
  await expect(second).toContainText("You have both sent yours: Alex can now see the answer you shared.");
  await expect(second).not.toContainText(STALE);
  await expect(follow).toContainText("Shared with Alex.");
  // Once the page has caught up with the send, nothing anywhere on it says the stale phrase.
  await expect(s.getByTestId("privacy-summary")).toContainText("so Alex can see the answers you shared");
  await expect(s.locator("body")).not.toContainText(STALE);
  await second.scrollIntoViewIfNeeded();
  await shot(s, "trust-second-sent-390");
  await expectAccessible(s);
  await s.setViewportSize(DESKTOP);
  await shot(s, "trust-second-sent-1280");

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

/** The path of the newest invitation link emailed to `email`. */
async function invitationLink(email: string): Promise<string> {
  return new URL(await linkFromLatestEmail(email, "/invite/")).pathname;
}

test("no client page says anything about privacy that contradicts the couple's agreement", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const alex = await signedInPage(browser, "alex", PHONE);
  const a = alex.page;
  const clinician = await signedInPage(browser, "clinician", DESKTOP);
  const c = clinician.page;
  const guest = await browser.newContext({ viewport: PHONE });
  const g = await guest.newPage();

  // Alex's own conversation with the therapist ("Just you and Riley"), with a message from the
  // therapist in it so that the export lists it too.
  const alexId = ((await (await a.request.get("/api/v1/me")).json()) as { id: string }).id;
  const opened = await c.request.post("/api/v1/threads", {
    data: { clientId: alexId },
    headers: await origin(c),
  });
  expect(opened.ok()).toBe(true);
  const privateThread = ((await opened.json()) as { id: string; kind: string }).id;
  const wrote = await c.request.post(`/api/v1/threads/${privateThread}/messages`, {
    data: { body: `Thinking of you both before Thursday (${run}).`, idempotencyKey: `trust-walk-${run}` },
    headers: await origin(c),
  });
  expect(wrote.status()).toBe(201);

  // An invitation to a new couple: its accept page words privacy with that couple's agreement.
  const inviteEmail = `trust-couple-${run}@example.test`;
  const invited = await c.request.post("/api/v1/invitations", {
    data: {
      role: "CLIENT",
      email: inviteEmail,
      name: "Robin Hale",
      couple: { mode: "new", name: `Robin & Kai (${run})`, confidentiality: "NO_SECRETS" },
    },
    headers: await origin(c),
  });
  expect(invited.status()).toBe(201);
  const invitedCouple = ((await invited.json()) as { couple: { id: string } }).couple.id;
  const inviteLink = await invitationLink(inviteEmail);

  const pages = [
    "/home",
    `/assignments/${assignmentId}`,
    "/messages",
    `/messages/${privateThread}`,
    "/account/export",
    "/account/privacy",
  ];
  try {
    for (const agreement of ["NO_SECRETS", "LIMITED_SECRETS"] as const) {
      await setAgreement(coupleId, agreement);
      await setAgreement(invitedCouple, agreement);
      for (const path of pages) {
        await a.goto(path);
        expect(await contradictions(a, CONTRADICTS[agreement]), `${agreement} ${path}`).toEqual([]);
      }
      await g.goto(inviteLink);
      await expect(g.getByRole("heading", { level: 1, name: /Welcome to Mend, Robin/ })).toBeVisible();
      expect(await contradictions(g, CONTRADICTS[agreement]), `${agreement} invitation`).toEqual([]);
      await expect(g.locator("body")).not.toContainText(/private to your therapist/i);

      // "Just you and Riley" is who reads it; the agreement's caveat goes with it wherever it is shown.
      const caveat =
        agreement === "NO_SECRETS"
          ? "may bring anything you write here into a joint session"
          : "uses their judgement about what stays private";
      await a.goto("/messages");
      const own = a.getByTestId("thread").filter({ hasText: "Just you and" });
      await expect(own.getByTestId("thread-privacy")).toContainText(caveat);
      await expect(
        a.getByTestId("thread").filter({ hasText: "Together with" }).getByTestId("thread-privacy"),
      ).toHaveCount(0);
      await a.goto(`/messages/${privateThread}`);
      await expect(a.getByTestId("thread-privacy")).toContainText(caveat);
      await a.goto("/account/export");
      await expect(a.getByTestId("thread-privacy")).toContainText(caveat);
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
    await setAgreement(invitedCouple, "NO_SECRETS");
  }

  // The pages this walk covers that issue 19 changed, on a phone and a desktop.
  for (const [width, viewport] of [
    ["390", PHONE],
    ["1280", DESKTOP],
  ] as const) {
    await a.setViewportSize(viewport);
    await g.setViewportSize(viewport);
    await a.goto("/messages");
    await shot(a, `trust-messages-${width}`);
    await a.goto(`/messages/${privateThread}`);
    await shot(a, `trust-private-thread-${width}`);
    await a.goto("/account/export");
    await shot(a, `trust-export-${width}`);
    await g.goto(inviteLink);
    await shot(g, `trust-invitation-${width}`);
  }
  await expectAccessible(a);

  // Someone who is not part of a couple is never told about partners or joint sessions.
  const jordan = await signedInPage(browser, "jordan", PHONE);
  const j = jordan.page;
  const mine = (await (await j.request.get("/api/v1/assignments?limit=5")).json()) as {
    items: { id: string }[];
  };
  for (const path of [
    "/home",
    "/account/privacy",
    "/messages",
    "/account/export",
    ...mine.items.slice(0, 1).map((x) => `/assignments/${x.id}`),
  ]) {
    await j.goto(path);
    expect(await contradictions(j, INDIVIDUAL), `individual ${path}`).toEqual([]);
  }
  const threads = (await (await j.request.get("/api/v1/threads")).json()) as { threads: { id: string }[] };
  await j.goto(`/messages/${threads.threads[0]!.id}`);
  expect(await contradictions(j, INDIVIDUAL), "individual conversation").toEqual([]);
  await expect(j.getByTestId("thread-privacy")).toHaveCount(0);

  // Invited on their own: nothing a later couple's agreement could contradict.
  const soloEmail = `trust-solo-${run}@example.test`;
  const solo = await c.request.post("/api/v1/invitations", {
    data: { role: "CLIENT", email: soloEmail, name: "Quinn Park" },
    headers: await origin(c),
  });
  expect(solo.status()).toBe(201);
  await g.goto(await invitationLink(soloEmail));
  await expect(g.getByRole("heading", { level: 1, name: /Welcome to Mend, Quinn/ })).toBeVisible();
  expect(
    await contradictions(g, [...INDIVIDUAL, /private to your therapist/i]),
    "individual invitation",
  ).toEqual([]);
  for (const ctx of [alex.context, jordan.context, clinician.context, guest]) await ctx.close();
});
