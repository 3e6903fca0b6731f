import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, SECURITY_E2E_USERS } from "../../../prisma/demo-data";
import { signInWithEmail } from "../support/auth";
import { days, json, signedIn } from "./support";
import { linkFromLatestEmail } from "../support/emails";

// Stored XSS: script-shaped text stored where an attacker can put it (a person's name, a couple's
// name, answers shared with a partner, notes and feedback, custom exercise text, an assignment note),
// then every page that shows it rendered in Chromium. No script may run (no dialog, no alert call),
// no element may carry an injected handler or javascript: link, and no Content-Security-Policy
// violation may come from our own code. Everything happens in the other practice, with a couple
// invited here, so no demo data another spec relies on changes.

const PASSWORD = "lanterns drift over quiet water";

/** One payload per place, each with its own marker (X1..) so a dialog tells which one ran. */
const P = {
  nameA: `<img src=x onerror=alert("X1")>`,
  nameB: `"><svg onload=alert("X2")>`,
  couple: `<script>alert("X3")</script>`,
  coupleNote: `[ok](javascript:alert("X4"))`,
  title: `<iframe srcdoc="<script>alert('X5')</script>">`,
  summary: `![pic](https://evil.example/X6.png) <b onmouseover=alert("X6")>`,
  label: `<a href="javascript:alert('X7')">click</a>`,
  option: `javascript:alert("X8")`,
  answer: [
    `<script>alert("X9")</script>`,
    `<img src=x onerror=alert("X10")>`,
    `[click me](javascript:alert("X11"))`,
    `![tracker](https://evil.example/X12.png)`,
    `"><svg onload=alert("X13")>`,
    `<a href="data:text/html,<script>alert('X14')</script>">data link</a>`,
  ].join("\n\n"),
  note: `<img src=x onerror=alert("X15")> [note](javascript:alert("X15"))`,
  feedback: `<script>alert("X16")</script> ![x](https://evil.example/X16.png) [see](javascript:alert("X16"))`,
  privateNote: `<svg onload=alert("X17")>`,
} as const;

/** Text that shows a payload was rendered as text on a page. */
const VISIBLE_MARKERS = [
  "onerror=alert(",
  "onload=alert(",
  "<script>alert(",
  "javascript:alert(",
  "srcdoc=",
  "evil.example",
];

type Rendered = {
  url: string;
  dialogs: string[];
  errors: string[];
  violations: { directive: string; blocked: string; sample: string }[];
};

async function signInPage(browser: Browser, baseURL: string, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: unknown[]; __called: string[] };
    w.__violations = [];
    w.__called = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
    });
    for (const name of ["alert", "confirm", "prompt"] as const) {
      const original = window[name].bind(window);
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        w.__called.push(`${name}(${String(args[0])})`);
        return (original as (...a: unknown[]) => unknown)(...args);
      };
    }
  });
  const page = await context.newPage();
  await signInWithEmail(page, email, password);
  return page;
}

async function render(page: Page, url: string): Promise<Rendered & { visible: boolean }> {
  const dialogs: string[] = [];
  const errors: string[] = [];
  const onDialog = (d: { message(): string; dismiss(): Promise<void> }) => {
    dialogs.push(d.message());
    void d.dismiss();
  };
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === "error") errors.push(m.text());
  };
  const onPageError = (e: Error) => errors.push(`pageerror: ${e.message}`);
  page.on("dialog", onDialog);
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await page.waitForLoadState("networkidle");
  // Give handlers a moment: onerror fires after a failed image load, onload after parsing.
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => {
    const w = window as unknown as {
      __violations: { directive: string; blocked: string; sample: string }[];
      __called: string[];
    };
    const injected = [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes]
        .filter(
          (a) =>
            /^on/i.test(a.name) ||
            (/^(href|src|action|formaction|srcdoc)$/i.test(a.name) &&
              /^\s*(javascript|data:text)/i.test(a.value)),
        )
        .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 60)}">`),
    );
    const externalImages = [...document.images]
      .filter((img) => img.src && !img.src.startsWith(location.origin) && !img.src.startsWith("data:"))
      .map((i) => i.src);
    // Next's own scripts (its flight data carries the stored text as escaped JSON) all carry the nonce.
    // Chunks that the page's code loads later (parts split out with React.lazy) are inserted by the
    // bundler's runtime as external files of ours without one: the policy's 'strict-dynamic' lets a
    // trusted script load them. Anything else without the nonce is a finding.
    const ownChunk = (s: HTMLScriptElement) =>
      !s.textContent &&
      new URL(s.src, location.href).origin === location.origin &&
      new URL(s.src).pathname.startsWith("/_next/static/chunks/");
    const scripts = [...document.scripts]
      .filter((s) => !s.nonce && !(s.src && ownChunk(s)))
      .map((s) => (s.src || s.textContent || "").slice(0, 80));
    return {
      violations: w.__violations,
      called: w.__called,
      injected,
      externalImages,
      scripts,
      text: document.body.innerText,
    };
  });
  page.off("dialog", onDialog);
  page.off("console", onConsole);
  page.off("pageerror", onPageError);
  expect(state.called, `${url}: a payload called a dialog function`).toEqual([]);
  expect(state.injected, `${url}: injected handlers or script URLs in the DOM`).toEqual([]);
  expect(state.externalImages, `${url}: external images loaded`).toEqual([]);
  expect(state.scripts, `${url}: a <script> without the page's nonce`).toEqual([]);
  return {
    url,
    dialogs,
    errors,
    violations: state.violations,
    visible: VISIBLE_MARKERS.some((m) => state.text.includes(m)),
  };
}

test.describe("stored XSS", () => {
  test.describe.configure({ timeout: 240_000 });

  test("script-shaped text in names, answers, notes, feedback and exercise text never runs", async ({
    browser,
    baseURL,
  }) => {
    const origin = { Origin: baseURL! };
    const clinician = await signedIn(baseURL!, DEMO_USERS.otherClinician.email);
    const run = Date.now();
    const emailA = `xss-a-${run}@invitee.mend.test`;
    const emailB = `xss-b-${run}@invitee.mend.test`;

    // A couple with hostile names, invited and accepted over the API.
    const first = await json<{ id: string; couple: { id: string } }>(
      await clinician.post("/api/v1/invitations", {
        data: {
          role: "CLIENT",
          email: emailA,
          name: P.nameA,
          couple: { mode: "new", name: P.couple, confidentiality: "NO_SECRETS", note: P.coupleNote },
        },
        headers: origin,
      }),
      "invite partner A",
    );
    const coupleId = first.couple.id;
    await json(
      await clinician.post("/api/v1/invitations", {
        data: { role: "CLIENT", email: emailB, name: P.nameB, couple: { mode: "existing", coupleId } },
        headers: origin,
      }),
      "invite partner B",
    );
    const anonymous = await (await import("@playwright/test")).request.newContext({ baseURL });
    for (const email of [emailA, emailB]) {
      const token = new URL(await linkFromLatestEmail(email, "/invite/")).pathname.split("/").pop()!;
      await json(
        await anonymous.post("/api/v1/invitations/accept", {
          data: {
            token,
            password: PASSWORD,
            state: "TN",
            consent: true,
            adult: true,
            agreement: true,
            timeZone: "America/Chicago",
          },
          headers: origin,
        }),
        `accept ${email}`,
      );
    }

    // A custom exercise whose every text is hostile, given to the couple with a hostile note.
    const custom = await json<{ slug: string }>(
      await clinician.post("/api/v1/exercises", {
        data: {
          definition: {
            title: P.title,
            summary: P.summary,
            intro: P.answer,
            section: "slowing-down",
            audience: "both",
            estimatedMinutes: 5,
            prompts: [
              { id: "story", kind: "long_text", label: P.label, help: P.summary, required: true },
              { id: "word", kind: "short_text", label: P.title },
              {
                id: "scale",
                kind: "scale",
                label: P.label,
                min: 0,
                max: 10,
                minLabel: P.option,
                maxLabel: P.nameA,
              },
              {
                id: "pick",
                kind: "single_choice",
                label: P.label,
                options: [
                  { id: "a", label: P.option },
                  { id: "b", label: P.nameB },
                ],
              },
              { id: "items", kind: "checklist", label: P.label, items: [{ id: "c", label: P.couple }] },
              { id: "log", kind: "log", label: P.label, entryLabel: P.option },
            ],
          },
        },
        headers: origin,
      }),
      "custom exercise",
    );
    const assigned = await json<{ items: { id: string; recipients: { clientId: string }[] }[] }>(
      await clinician.post("/api/v1/assignments", {
        data: { exercise: custom.slug, coupleId, dueAt: days(5), note: P.note },
        headers: origin,
      }),
      "assign",
    );
    const assignmentId = assigned.items[0]!.id;
    await json(
      await clinician.post("/api/v1/appointments", {
        data: { coupleId, startsAt: days(2) },
        headers: origin,
      }),
      "appointment",
    );

    // Partners share only once the clinician has recorded both individual safety screens.
    const couples = await json<{ couples: { id: string; partners: { id: string }[] }[] }>(
      await clinician.get("/api/v1/clients"),
      "caseload before sharing",
    );
    for (const partner of couples.couples.find((c) => c.id === coupleId)!.partners) {
      await json(
        await clinician.put(`/api/v1/clients/${partner.id}/safety-screen`, {
          data: { outcome: "NO_CONCERN" },
          headers: origin,
        }),
        "safety screen",
      );
    }

    // Both partners answer with hostile text, shared with each other, and send.
    const answers = {
      story: { value: P.answer, shared: true },
      word: { value: P.nameB, shared: true },
      scale: { value: 3, shared: true },
      pick: { value: "a", shared: true },
      items: { value: ["c"], shared: false },
      log: { value: [{ id: "e1", date: "2026-01-02", text: P.answer }], shared: true },
    };
    for (const email of [emailA, emailB]) {
      const partner = await signedIn(baseURL!, email, PASSWORD);
      await json(
        await partner.post(`/api/v1/assignments/${assignmentId}/submit`, {
          data: { version: 0, answers },
          headers: origin,
        }),
        `submit ${email}`,
      );
      await partner.dispose();
    }

    // Feedback the clients see, and a private note.
    await json(
      await clinician.post(`/api/v1/assignments/${assignmentId}/comments`, {
        data: { kind: "FEEDBACK", body: P.feedback },
        headers: origin,
      }),
      "feedback",
    );
    await json(
      await clinician.post(`/api/v1/assignments/${assignmentId}/comments`, {
        data: { kind: "PRIVATE_NOTE", body: P.privateNote },
        headers: origin,
      }),
      "note",
    );
    const caseload = await json<{ couples: { id: string; partners: { id: string }[] }[] }>(
      await clinician.get("/api/v1/clients"),
      "caseload",
    );
    const partnerId = caseload.couples.find((c) => c.id === coupleId)!.partners[0]!.id;

    // Render every page that shows any of it.
    const pages: [string, string, string[]][] = [
      [
        DEMO_USERS.otherClinician.email,
        DEMO_PASSWORD,
        [
          "/dashboard",
          "/clients",
          `/clients/couples/${coupleId}`,
          `/clients/${partnerId}`,
          "/assign",
          `/assign/${assignmentId}`,
          `/prep/couples/${coupleId}`,
          `/prep/clients/${partnerId}`,
          "/library",
          `/library/${custom.slug}`,
          `/library/${custom.slug}/edit`,
          "/schedule",
        ],
      ],
      [emailA, PASSWORD, ["/home", `/assignments/${assignmentId}`, "/account/export"]],
      [emailB, PASSWORD, ["/home", `/assignments/${assignmentId}`]],
      [SECURITY_E2E_USERS.admin.email, DEMO_PASSWORD, ["/admin", "/admin/audit"]],
    ];
    const results: Rendered[] = [];
    const silent: string[] = [];
    for (const [email, password, urls] of pages) {
      const page = await signInPage(browser, baseURL!, email, password);
      for (const url of urls) {
        const result = await render(page, url);
        results.push(result);
        if (!result.visible) silent.push(url);
      }
      await page.context().close();
    }
    await clinician.dispose();
    await anonymous.dispose();

    // A violation that blocked a payload would be expected and fine; none may come from our own code.
    // With React rendering all of it as text there should be none at all.
    const ours = results.flatMap((r) =>
      r.violations
        .filter((v) => !/X\d+|alert\(|evil\.example/.test(`${v.sample} ${v.blocked}`))
        .map((v) => `${r.url}: ${v.directive} ${v.blocked}`),
    );
    expect({
      dialogs: results.flatMap((r) => r.dialogs.map((d) => `${r.url}: dialog ${d}`)),
      cspViolationsFromOurCode: ours,
      consoleErrors: results.flatMap((r) => r.errors.map((e) => `${r.url}: ${e}`)),
      // Every page rendered shows some of the hostile text (as text), so each check meant something.
      pagesShowingNoneOfIt: silent,
    }).toEqual({ dialogs: [], cspViolationsFromOurCode: [], consoleErrors: [], pagesShowingNoneOfIt: [] });
  });
});
