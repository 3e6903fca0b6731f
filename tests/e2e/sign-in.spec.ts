import { expect, test } from "@playwright/test";
import { DEMO_USERS, HOME_OF, signInAs } from "./support/auth";

test.describe("demo sign-in", () => {
  for (const [key, user] of Object.entries(DEMO_USERS) as [
    keyof typeof DEMO_USERS,
    (typeof DEMO_USERS)[keyof typeof DEMO_USERS],
  ][]) {
    test(`${user.email} signs in and lands on their home`, async ({ page }) => {
      await signInAs(page, key);
      await expect(page).toHaveURL(new RegExp(`${HOME_OF[user.role]}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByTestId("signed-in-as")).toHaveText(user.name);
    });
  }

  test("a wrong password is refused with a calm message and no hint about the account", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(DEMO_USERS.alex.email);
    await page.getByLabel("Password", { exact: true }).fill("not the right password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText("did not match");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("clients see crisis help on their pages", async ({ page }) => {
    await signInAs(page, "alex");
    const help = page.getByRole("complementary", { name: "Crisis help" });
    await expect(help).toContainText("988");
    await expect(help).toContainText("911");
  });

  test("signing out ends the session", async ({ page }) => {
    await signInAs(page, "clinician");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a client cannot open clinician or admin pages", async ({ page }) => {
    await signInAs(page, "jordan");
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/home$/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/home$/);
  });

  test("the health endpoint reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });
});
