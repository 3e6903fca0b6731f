import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** No WCAG 2.2 AA violation axe can find on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

/** A question of an exercise, on the completion page or in a preview. */
export const prompt = (page: Page, id: string) => page.locator(`[data-prompt-id="${id}"]`).first();

/**
 * A full-page screenshot of what the spec's user sees now, in the test's output folder
 * (test-results/<test>/<name>.png): the pages a change touches are looked at, at phone and desktop
 * widths, as their users will see them.
 */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}
