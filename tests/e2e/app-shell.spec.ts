import { expect, test } from "@playwright/test";
import { DEMO_USERS, DESKTOP, PHONE, signedInPage } from "./support/auth";

// What every page carries: the app's icons and manifest (served to anyone, no sign-in), and a
// header whose controls are named by what they show (WCAG 2.5.3, label in name).

test("the favicon, icons and web manifest are served without signing in", async ({ request }) => {
  for (const [path, type] of [
    ["/favicon.ico", /image\/(x-icon|vnd\.microsoft\.icon)/],
    ["/icon.svg", /image\/svg\+xml/],
    ["/icon1.png", /image\/png/],
    ["/icon2.png", /image\/png/],
    ["/apple-icon.png", /image\/png/],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
  }

  const response = await request.get("/manifest.webmanifest", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as {
    name: string;
    start_url: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest).toMatchObject({ name: "Mend", start_url: "/home", display: "standalone" });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  const sizes = manifest.icons.filter((i) => i.type === "image/png").map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
});

test("a page links its icons, manifest and theme colour, and the browser asks for nothing that is missing", async ({
  browser,
}) => {
  const { context, page } = await signedInPage(browser, "alex", PHONE);
  const missing: string[] = [];
  page.on("response", (r) => {
    if (r.status() === 404) missing.push(new URL(r.url()).pathname);
  });
  await page.goto("/home");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", /\/manifest\.webmanifest/);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", /^#/);
  // The browser's own request for the tab icon.
  expect((await page.request.get("/favicon.ico")).status()).toBe(200);
  expect(missing).toEqual([]);
  await context.close();
});

test("the signed-in name link is named by the words it shows, on a desktop and a phone", async ({
  browser,
}) => {
  const name = DEMO_USERS.clinician.name;
  for (const [viewport, shown] of [
    [DESKTOP, name],
    [PHONE, "Account"],
  ] as const) {
    const { context, page } = await signedInPage(browser, "clinician", viewport);
    const link = page.getByRole("banner").getByRole("link", { name: /account/i });
    await expect(link).toBeVisible();
    await expect(page.getByTestId("signed-in-as")).toBeVisible({ visible: viewport === DESKTOP });
    // The accessible name starts with the visible words (voice control: "click <what is shown>").
    await expect(link).toHaveAccessibleName(new RegExp(`^${escapeRegExp(shown)}(\\s|$)`));
    await link.click();
    await expect(page).toHaveURL(/\/settings\/account$/);
    await context.close();
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
