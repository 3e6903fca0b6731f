import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { e2eDatabaseUrlFile } from "../support/e2e-database-file";
import { signInWithEmail } from "./support/auth";

// First start of a real deployment on the production build: `npm run setup` (scripts/setup.ts, run
// here as the operator would, against the server's database) makes a practice and its admin; the
// printed link opens the real password page; the admin then signs in and lands on the admin home.

const run = promisify(execFile);

test("the link printed by npm run setup sets the admin's password, and the admin signs in", async ({
  page,
  baseURL,
}) => {
  const email = `first-admin-${Date.now()}@setup.mend.test`;
  const password = "lanterns over the quiet harbour";
  const { stdout } = await run(
    path.join(process.cwd(), "node_modules", ".bin", "tsx"),
    [
      "--conditions=react-server",
      "scripts/setup.ts",
      "--practice",
      `First Start ${Date.now()}`,
      "--admin-email",
      email,
      "--admin-name",
      "Robin Owner",
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: "test",
        DATABASE_URL: readFileSync(e2eDatabaseUrlFile(), "utf8").trim(),
        DATABASE_POOL_MAX: "1",
        NEXTAUTH_URL: baseURL!,
        NEXTAUTH_SECRET: "e2e-setup-secret-0123456789abcdefghijklmnop",
      },
    },
  );
  const link = /https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]{43}/.exec(stdout)?.[0];
  expect(link, stdout).toBeDefined();

  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await page.getByLabel("New password").fill(password);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=PasswordReset/);

  await signInWithEmail(page, email, password);
  await expect(page).toHaveURL(/\/admin$/);

  // The link worked once.
  await page.goto(link!);
  await expect(page.getByText("This reset link has expired or was already used")).toBeVisible();
});
