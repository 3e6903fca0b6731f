import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNT_E2E_USERS, DEMO_PASSWORD, DEMO_USERS } from "../../prisma/demo-data";
import { signInWithEmail } from "./support/auth";
import { linkFromLatestEmail } from "./support/emails";

// Account flows through the browser; the emails' links are read from the database (the
// development outbox page is never served by a production build).

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Opens the link in the newest email to `to` with this subject. */
async function followLatestEmailLink(page: Page, to: string, subject: string): Promise<string> {
  const href = await linkFromLatestEmail(to, "/", subject);
  await page.goto(href);
  return href;
}

test.describe("account", () => {
  test("forgot password: the emailed link sets a new password and ends the old session", async ({
    browser,
  }) => {
    const { email } = ACCOUNT_E2E_USERS.reset;
    const newPassword = "copper kettle on a windy hill";

    // An existing session somewhere else.
    const laptop = await newPage(browser);
    await signInWithEmail(laptop, email, DEMO_PASSWORD);
    await expect(laptop).toHaveURL(/\/dashboard$/);

    // On a phone: forgot password.
    const phone = await newPage(browser);
    await phone.goto("/sign-in");
    await phone.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(phone.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
    await phone.getByLabel("Email").fill(email);
    await phone.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(phone.getByRole("status")).toContainText("If that email belongs to a Mend account");

    // An unknown email gets exactly the same answer.
    await phone.getByRole("button", { name: "Use a different email" }).click();
    await phone.getByLabel("Email").fill("nobody-here@demo.mend.test");
    await phone.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(phone.getByRole("status")).toContainText("If that email belongs to a Mend account");

    const link = await followLatestEmailLink(phone, email, "Reset your Mend password");
    await expect(phone).toHaveURL(/\/reset-password\?token=/);
    await expect(phone.getByRole("heading", { name: "Choose a new password" })).toBeVisible();

    // Live feedback while typing: too short, then a common password, then a good passphrase.
    const field = phone.getByLabel("New password");
    const feedback = phone.getByTestId("password-feedback");
    await field.fill("copper kettle");
    await expect(feedback).toContainText("13 of 15 characters");
    await field.fill("passwordpassword");
    await expect(feedback).toContainText("common or leaked passwords");
    await field.fill(newPassword);
    await expect(feedback).toContainText("That passphrase works.");
    await phone.getByRole("button", { name: "Save new password" }).click();
    await expect(phone).toHaveURL(/\/sign-in\?notice=PasswordReset/);
    await expect(phone.getByRole("status")).toContainText("signed out everywhere");

    // The laptop's session is over.
    await laptop.goto("/dashboard");
    await expect(laptop).toHaveURL(/\/sign-in/);

    // The old password no longer works; the new one does.
    await phone.getByLabel("Email").fill(email);
    await phone.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await phone.getByRole("button", { name: "Sign in" }).click();
    await expect(phone.locator("form").getByRole("alert")).toContainText("did not match");
    await signInWithEmail(phone, email, newPassword);
    await expect(phone).toHaveURL(/\/dashboard$/);

    // The link worked once.
    await phone.goto(link);
    await expect(phone.getByRole("main").getByRole("alert")).toContainText("expired or was already used");
  });

  test("sign out everywhere ends every session of the account", async ({ browser }) => {
    const { email } = ACCOUNT_E2E_USERS.everywhere;
    const other = await newPage(browser);
    await signInWithEmail(other, email, DEMO_PASSWORD);
    const page = await newPage(browser);
    await signInWithEmail(page, email, DEMO_PASSWORD);

    await page.getByRole("link", { name: /your account/ }).click();
    await expect(page).toHaveURL(/\/settings\/account$/);
    await expect(page.getByTestId("session-list").getByRole("listitem")).toHaveCount(2);
    await expect(page.getByText("This device", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.getByRole("button", { name: "Yes, sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in\?notice=SignedOutEverywhere/);
    await expect(page.getByRole("status")).toContainText("signed out on every device");

    await other.goto("/dashboard");
    await expect(other).toHaveURL(/\/sign-in/);
    await page.goto("/settings/account");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a client signs in with an emailed link after pressing Continue", async ({ browser }) => {
    const page = await newPage(browser);
    await page.goto("/sign-in");
    await expect(page.getByRole("link", { name: /email me a sign-in link/i })).toHaveAttribute(
      "href",
      "/sign-in/email",
    );
    // Opened directly (a bookmark), the page must work on its own.
    await page.goto("/sign-in/email");
    await expect(page.getByRole("heading", { name: "Sign in with an email link" })).toBeVisible();
    await page.getByLabel("Email").fill(DEMO_USERS.jordan.email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("status")).toContainText("If that email belongs to a Mend client account");

    await followLatestEmailLink(page, DEMO_USERS.jordan.email, "Your Mend sign-in link");
    // Opening the link signs no one in: the button does.
    await expect(page.getByRole("button", { name: "Continue to Mend" })).toBeVisible();
    await page.getByRole("button", { name: "Continue to Mend" }).click();
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByTestId("signed-in-as")).toHaveText(DEMO_USERS.jordan.name);
  });

  test("a production build never serves the development outbox, whatever the request claims", async ({
    request,
  }) => {
    const claims: Record<string, string>[] = [
      {},
      { "X-Forwarded-For": "127.0.0.1" },
      { "X-Mend-Connection-Address": "127.0.0.1" },
    ];
    for (const headers of claims) {
      const response = await request.get(`/dev/outbox?to=${encodeURIComponent(DEMO_USERS.jordan.email)}`, {
        headers,
      });
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toContain("/sign-in/link?token=");
    }
  });
});
