import { expect, test } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { signInAs } from "./support/auth";

// Two-step verification through its one entry path, the server actions behind the action gate
// (lib/auth/two-factor/actions.ts): set up, make new recovery codes, turn off. It ends switched off
// again, so later specs sign in as this clinician with a password alone.

const code = (secret: string, timestamp = Date.now()) =>
  new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({
    timestamp,
  });

test.describe("two-step verification", () => {
  test("a clinician sets it up, makes new recovery codes and turns it off with one", async ({ page }) => {
    await signInAs(page, "tnOnly");
    await page.goto("/settings/account");
    await expect(page.getByTestId("two-factor-status")).toContainText("Off.");

    await page.getByRole("button", { name: "Set up two-step verification" }).click();
    await page.getByText("Can't scan it? Enter the key by hand").click();
    const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s+/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // The previous time step's code (allowed drift), so the current one is still unused below.
    await page.getByLabel("Enter the 6-digit code the app shows").fill(code(secret, Date.now() - 30_000));
    await page.getByRole("button", { name: "Turn on two-step verification" }).click();
    await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
    await page.getByRole("button", { name: "I have saved my codes" }).click();
    await expect(page.getByTestId("two-factor-status")).toContainText("On.");
    await expect(page.getByTestId("two-factor-status")).toContainText("10 recovery codes left");

    await page.getByRole("button", { name: "Make new recovery codes" }).click();
    await page.getByLabel("To make new recovery codes, enter a code from your app").fill(code(secret));
    await page.getByRole("button", { name: "Make new codes" }).click();
    const codes = page.getByTestId("recovery-codes").locator("li");
    await expect(codes).toHaveCount(10);
    const recoveryCode = await codes.first().innerText();
    await page.getByRole("button", { name: "I have saved my codes" }).click();

    await page.getByRole("button", { name: "Turn off" }).click();
    const field = page.getByLabel("To turn it off, enter a code from your app or a recovery code");
    await field.fill("000000");
    await page.getByRole("button", { name: "Turn off" }).click();
    await expect(page.locator("#two-factor-code-error")).toBeVisible();
    await field.fill(recoveryCode);
    await page.getByRole("button", { name: "Turn off" }).click();
    await expect(page.getByTestId("two-factor-status")).toContainText("Off.");
  });
});
