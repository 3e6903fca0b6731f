import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserKey } from "../../../prisma/demo-data";

export { DEMO_USERS, DEMO_PASSWORD };

export const HOME_OF = { CLINICIAN: "/dashboard", CLIENT: "/home", ADMIN: "/admin" } as const;

/** The two screens the journeys are walked on. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** Signs in through the real sign-in form and waits to leave it. */
export async function signInWithEmail(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Signs a demo user in through the real sign-in form and waits for the role's home page. */
export async function signInAs(page: Page, who: DemoUserKey, password = DEMO_PASSWORD): Promise<void> {
  await signInWithEmail(page, DEMO_USERS[who].email, password);
}

/** A new browser context (its own cookies, so several people can act at once) signed in as a demo user. */
export async function signedInPage(
  browser: Browser,
  who: DemoUserKey,
  viewport?: { width: number; height: number },
) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  await signInAs(page, who);
  return { context, page };
}
