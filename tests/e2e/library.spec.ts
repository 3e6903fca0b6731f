import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";

const HURT_FIRST = "What are you feeling when you think about it now?";
const HARM_FIRST = "In plain words, what did you do?";
const EDITED = "What are you feeling right now, as you think about it?";

test.describe("exercise library", () => {
  test("a clinician filters, previews both perspectives, duplicates, edits, and keeps version 1 viewable", async ({
    page,
  }) => {
    await signInAs(page, "clinician");
    await page.goto("/library");
    await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
    await expect(page.getByTestId("exercise-card")).not.toHaveCount(0);

    // Filter by section and audience (a plain GET form: the filters land in the URL).
    await page.getByLabel("Guide section").selectOption("slowing-down");
    await page.getByLabel("Audience").selectOption("couple");
    await page.getByRole("button", { name: "Show exercises" }).click();
    await expect(page).toHaveURL(/section=slowing-down/);
    await expect(page).toHaveURL(/audience=couple/);
    await expect(page.getByTestId("exercise-card")).toHaveCount(1);
    await expect(page.getByTestId("result-count")).toHaveText("1 exercise match");

    // Search finds a prompt label too.
    await page.goto("/library?q=plain+words");
    await expect(page.getByTestId("exercise-card")).toHaveCount(1);
    await page.getByRole("link", { name: "Slowing down", exact: true }).click();
    await expect(page).toHaveURL(/\/library\/slowing-down$/);

    // Preview: the first perspective by default, then the other.
    const preview = page.getByTestId("preview-frame");
    await expect(preview).toContainText(HURT_FIRST);
    await expect(preview).not.toContainText(HARM_FIRST);
    await page
      .getByRole("navigation", { name: "Perspective" })
      .getByRole("link", { name: "The partner who caused the hurt" })
      .click();
    await expect(page).toHaveURL(/perspective=caused-harm/);
    await expect(preview).toContainText(HARM_FIRST);
    await expect(preview).not.toContainText(HURT_FIRST);
    // The inputs work in the preview (nothing is saved): the character count follows the text.
    const answer = preview.getByRole("textbox", { name: /In plain words, what did you do\?/ });
    await answer.fill("Trying it out");
    await expect(preview).toContainText("13 / 10,000 characters");

    // Phone width: the frame narrows to 390px of content.
    await page.getByRole("link", { name: "Phone" }).click();
    await expect(page).toHaveURL(/width=phone/);
    await expect(preview).toHaveAttribute("data-width", "phone");
    const box = await preview.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(410);
    await expect(preview).toContainText(HARM_FIRST);
    await page
      .getByRole("navigation", { name: "Perspective" })
      .getByRole("link", { name: "The partner who was hurt" })
      .click();
    await expect(preview).toContainText(HURT_FIRST);
    await expect(preview).toHaveAttribute("data-width", "phone");

    // Duplicate: lands in the editor of the practice's own copy.
    await page.getByRole("button", { name: "Duplicate and edit" }).click();
    await expect(page).toHaveURL(/\/library\/slowing-down-copy(-\d+)?\/edit\?duplicated=1$/);
    const slug = new URL(page.url()).pathname.split("/")[2]!;
    await expect(page.getByText("This is your own copy.")).toBeVisible();

    // Edit the first question of the first perspective and save.
    const label = page.locator("#f-perspectives-0-prompts-0-label");
    await expect(label).toHaveValue(HURT_FIRST);
    await label.fill(EDITED);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(new RegExp(`/library/${slug}\\?notice=created$`));
    await expect(page.getByRole("status")).toContainText("This is a new version");
    await expect(page.getByTestId("shown-version")).toHaveText("Version 2 (latest)");
    await expect(preview).toContainText(EDITED);
    await expect(preview).not.toContainText(HURT_FIRST);

    // Version 1 is still there, exactly as it was.
    await page
      .getByTestId("versions")
      .getByRole("link", { name: /Version 1/ })
      .click();
    await expect(page).toHaveURL(/version=1/);
    await expect(page.getByTestId("shown-version")).toHaveText("Version 1 of 2");
    await expect(page.getByText("You are looking at version 1.")).toBeVisible();
    await expect(preview).toContainText(HURT_FIRST);
    await expect(preview).not.toContainText(EDITED);

    // The API agrees.
    const v1 = await page.request.get(`/api/v1/exercises/${slug}?version=1`);
    expect(v1.status()).toBe(200);
    const body = (await v1.json()) as {
      version: number;
      shown: { version: number };
      definition: { perspectives: { prompts: { label: string }[] }[] };
    };
    expect(body.version).toBe(2);
    expect(body.shown.version).toBe(1);
    expect(body.definition.perspectives[0]?.prompts[0]?.label).toBe(HURT_FIRST);

    // The library lists the copy as the clinician's own, at version 2.
    await page.goto("/library?source=mine");
    const card = page.locator(`[data-testid="exercise-card"][data-slug="${slug}"]`);
    await expect(card).toContainText("Version 2");
    await expect(card).toContainText("Yours · private");
  });

  test("guide exercises cannot be edited, and another practice cannot see a private copy", async ({
    page,
    browser,
  }) => {
    await signInAs(page, "clinician");
    await page.goto("/library/slowing-down/edit");
    await expect(page.getByText("You can't change this exercise.")).toBeVisible();
    await page.goto("/library/slowing-down");
    await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
    await page.getByRole("button", { name: "Duplicate and edit" }).click();
    await expect(page).toHaveURL(/\/edit\?duplicated=1$/);
    const slug = new URL(page.url()).pathname.split("/")[2]!;

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signInAs(otherPage, "otherClinician");
    const response = await otherPage.goto(`/library/${slug}`);
    expect(response?.status()).toBe(404);
    const api = await otherPage.request.get(`/api/v1/exercises/${slug}`);
    expect(api.status()).toBe(404);
    await other.close();
  });

  test("a clinician assigns straight from an exercise's page", async ({ page }) => {
    await signInAs(page, "clinician");
    await page.goto("/library/slowing-down");
    await page.getByRole("link", { name: "Assign this", exact: true }).click();
    await expect(page).toHaveURL(/\/assign\?exercise=slowing-down$/);
    await expect(page.getByLabel("Exercise", { exact: true })).toHaveValue("slowing-down");
    // The clinician's navigation and dashboard lead to the same form.
    await page.goto("/dashboard");
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assign" }),
    ).toHaveAttribute("href", "/assign");
    await page.getByRole("link", { name: "Assign an exercise" }).click();
    await expect(page).toHaveURL(/\/assign$/);
    await expect(page.getByLabel("Exercise", { exact: true })).toHaveValue("");
  });
});
