import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { test as base, expect, type Page } from "@playwright/test";
import { signInWithEmail } from "./support/auth";
import { linkFromLatestEmail } from "./support/emails";
import { setupEnvironment, startFreshDeployment, type FreshDeployment } from "./support/fresh-deployment";

// First start of a real deployment on the production build. Each test gets a deployment of its
// own (tests/e2e/support/fresh-deployment.ts): an EMPTY database, migrated with the operator's
// `npm run db:migrate` command, and a second `next start` of the same build against it, stopped and
// dropped afterwards. `npm run setup` (scripts/setup.ts, run as the operator would) makes the
// practice and its admin; the printed link opens the real password page; the admin signs in,
// chooses the practice's word for between-session work and invites a clinician, who accepts and
// signs in; the clinician's client then reads that word on their pages; discharged, the client is
// marked so in the clinician's list.

const run = promisify(execFile);

const test = base.extend<{ deployment: FreshDeployment }>({
  deployment: [
    // `provide`, not Playwright's usual `use`: the React hooks lint rule would take it for React's.
    async ({}, provide) => {
      const deployment = await startFreshDeployment();
      try {
        await provide(deployment);
      } finally {
        await deployment.stop();
      }
    },
    { timeout: 120_000 },
  ],
  // Every page of these tests opens the fresh deployment, not the demo-seeded e2e server.
  baseURL: async ({ deployment }, provide) => provide(deployment.url),
});

test.describe.configure({ timeout: 240_000 });

async function countRows(deployment: FreshDeployment, table: "Practice" | "User"): Promise<number> {
  const [row] = await deployment.query<{ count: string }>(`SELECT count(*)::text AS count FROM "${table}"`);
  return Number(row!.count);
}

async function setup(deployment: FreshDeployment, args: string[]): Promise<string> {
  await deployment.settle();
  const { stdout } = await run(
    path.join(process.cwd(), "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "scripts/setup.ts", ...args],
    { env: setupEnvironment(deployment) },
  );
  await deployment.settle();
  const link = /https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]{43}/.exec(stdout)?.[0];
  expect(link, stdout).toBeDefined();
  expect(new URL(link!).origin).toBe(deployment.url);
  return link!;
}

async function choosePassword(page: Page, link: string, email: string, password: string): Promise<void> {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await page.getByLabel("New password").fill(password);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=PasswordReset/);
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/** Accepts the newest invitation emailed to `email` with this password (and, for a client, their state). */
async function accept(
  page: Page,
  deployment: FreshDeployment,
  email: string,
  password: string,
  state?: string,
): Promise<void> {
  await page.goto(
    new URL(await linkFromLatestEmail(email, "/invite/", undefined, deployment.databaseUrl)).pathname,
  );
  await page.getByLabel("Choose a password").fill(password);
  if (state) await page.getByLabel("Where are you located right now?").selectOption(state);
  await page.getByLabel("I have read this and agree to use Mend this way.").check();
  await page.getByLabel("I am 18 or older.").check();
  await page.getByRole("button", { name: "Accept and continue" }).click();
}

test("from an empty database and npm run setup to a clinician signed in, and clients reading the practice's own word", async ({
  page,
  deployment,
}) => {
  // Nothing but the migrations: no demo practice, no users.
  expect(await countRows(deployment, "Practice")).toBe(0);
  expect(await countRows(deployment, "User")).toBe(0);

  const stamp = Date.now();
  const email = `first-admin-${stamp}@setup.mend.test`;
  const password = "lanterns over the quiet harbour";
  const link = await setup(deployment, [
    "--practice",
    `First Start ${stamp}`,
    "--admin-email",
    email,
    "--admin-name",
    "Robin Owner",
  ]);
  expect(await countRows(deployment, "Practice")).toBe(1);
  await choosePassword(page, link, email, password);
  await signInWithEmail(page, email, password);
  await expect(page).toHaveURL(/\/admin$/);

  // The link worked once.
  await page.goto(link);
  await expect(page.getByText("This reset link has expired or was already used")).toBeVisible();

  // The practice's word for homework.
  await page.goto("/admin");
  await page.getByRole("link", { name: "Practice settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Practice settings" })).toBeVisible();
  await page.getByLabel("Your word for work between sessions").fill("homework");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(page.getByLabel("Your word for work between sessions")).toHaveValue("homework");

  // A clinician is invited, accepts and signs in.
  const clinicianEmail = `first-clinician-${stamp}@setup.mend.test`;
  const clinicianPassword = "maple boats along the slow canal";
  await page.getByRole("link", { name: "Invite a clinician" }).click();
  await page.getByLabel("Their name").fill("Sam Therapist");
  await page.getByLabel("Their work email").fill(clinicianEmail);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status")).toContainText(`We emailed Sam Therapist at ${clinicianEmail}`);
  await signOut(page);

  await accept(page, deployment, clinicianEmail, clinicianPassword);
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);
  await signInWithEmail(page, clinicianEmail, clinicianPassword);
  await expect(page).toHaveURL(/\/dashboard$/);

  // Their client's pages speak of "homework", never of reflections.
  const clientEmail = `first-client-${stamp}@setup.mend.test`;
  await page.goto("/clients/invite");
  await page.getByLabel("Their name").fill("Casey Client");
  await page.getByLabel("Their email").fill(clientEmail);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status")).toContainText(`We emailed Casey Client at ${clientEmail}`);
  await signOut(page);

  await accept(page, deployment, clientEmail, "ferns beside the morning river", "TN");
  await expect(page).toHaveURL(/\/home$/);
  await expect(
    page.getByText("When Sam Therapist shares some homework with you, it will appear here."),
  ).toBeVisible();
  await page.goto("/account/privacy");
  await expect(page.getByText("Who sees what you write in your homework.")).toBeVisible();
  await expect(page.getByText(/reflection/i)).toHaveCount(0);
  await signOut(page);

  // The clinician discharges Casey; their client list then says so, with the date.
  await signInWithEmail(page, clinicianEmail, clinicianPassword);
  await page.goto("/clients");
  await expect(page.getByTestId("discharged-badge")).toHaveCount(0);
  await page.getByRole("link", { name: "Casey Client" }).click();
  await page.getByRole("button", { name: "Discharge Casey Client" }).click();
  await page.getByRole("button", { name: "Yes, discharge" }).click();
  await expect(page.getByRole("button", { name: "Re-admit Casey Client" })).toBeVisible();
  await page.goto("/clients");
  await expect(page.getByTestId("discharged-badge")).toHaveText(/^Discharged [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
});

test("a solo practice: the admin set up with --clinician has both menus", async ({ page, deployment }) => {
  expect(await countRows(deployment, "User")).toBe(0);
  const stamp = Date.now();
  const email = `solo-${stamp}@setup.mend.test`;
  const password = "copper kettles on a winter shelf";
  const link = await setup(deployment, [
    "--practice",
    `Solo Practice ${stamp}`,
    "--admin-email",
    email,
    "--clinician",
  ]);
  await choosePassword(page, link, email, password);
  await signInWithEmail(page, email, password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "My clients" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("link", { name: "Licences" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your licences" })).toBeVisible();
  await page.getByRole("link", { name: "Practice admin", exact: true }).click();
  await expect(page).toHaveURL(/\/admin$/);

  // Running setup again for an admin who has chosen a password is refused: no second link.
  await expect(
    setup(deployment, ["--practice", `Solo Practice ${stamp}`, "--admin-email", email]),
  ).rejects.toThrow(/already has a Mend account/);
});
