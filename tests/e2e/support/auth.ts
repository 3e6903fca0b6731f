import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserKey } from "../../../prisma/demo-data";

export { DEMO_USERS, DEMO_PASSWORD };

/** Signs in through the real sign-in form and waits for the role's home page. */
export async function signInAs(page: Page, who: DemoUserKey, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_USERS[who].email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

export const HOME_OF = { CLINICIAN: "/dashboard", CLIENT: "/home", ADMIN: "/admin" } as const;
