import { expect, test, type Page } from "@playwright/test";
import { PHONE, signInAs, signedInPage } from "./support/auth";
import { linkFromLatestEmail } from "./support/emails";

const PASSWORD = "quiet lanterns over the long river";

/** The path of the newest invitation link emailed to `email` (read from the database). */
async function invitationLink(email: string): Promise<string> {
  return new URL(await linkFromLatestEmail(email, "/invite/")).pathname;
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test.describe("invitations, licences and the jurisdiction rule", () => {
  test("a clinician invites a new client, who accepts from the emailed link, lands on their home and can sign in again", async ({
    page,
  }) => {
    const email = `new-client-${Date.now()}@example.test`;
    await signInAs(page, "clinician");
    await page.goto("/clients");
    await page.getByRole("link", { name: "Invite a client" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Invite a client" })).toBeVisible();
    await page.getByLabel("Their name").fill("Casey Nguyen");
    await page.getByLabel("Their email").fill(email);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByRole("status")).toContainText(`We emailed Casey Nguyen at ${email}`);

    await page.goto("/clients");
    const row = page.getByTestId("invitation-row").filter({ hasText: email });
    await expect(row.getByTestId("invitation-status")).toHaveText("Waiting for them to accept");
    await signOut(page);

    const link = await invitationLink(email);
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Welcome to Mend, Casey" })).toBeVisible();
    await expect(page.getByText("Dr. Riley Morgan at Demo Counseling invited you")).toBeVisible();
    await expect(page.getByText("Mend is not crisis care")).toBeVisible();

    // Nothing is created until every box is ticked.
    await page.getByLabel("Choose a password").fill(PASSWORD);
    await page.getByRole("button", { name: "Accept and continue" }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText("need your attention");
    await expect(page.getByText("Choose the state you are in right now.")).toBeVisible();

    await page.getByLabel("Where are you located right now?").selectOption("TN");
    await page.getByLabel("I have read this and agree to use Mend this way.").check();
    await page.getByLabel("I am 18 or older.").check();
    await page.getByRole("button", { name: "Accept and continue" }).click();
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole("heading", { level: 1, name: "Hi, Casey" })).toBeVisible();
    await expect(page.getByText("with Dr. Riley Morgan")).toBeVisible();
    // The location was just given: no reminder.
    await expect(page.getByTestId("location-banner")).toHaveCount(0);

    // The link worked once.
    await signOut(page);
    await page.goto(link);
    await expect(
      page.getByRole("heading", { level: 1, name: "This invitation has already been used" }),
    ).toBeVisible();

    // And the new password signs in.
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/home$/);

    // The clinician now sees the client, located in Tennessee, with the licence check passing.
    await signOut(page);
    await signInAs(page, "clinician");
    await page.goto("/clients");
    await page.getByRole("link", { name: "Casey Nguyen" }).click();
    await expect(page.getByTestId("jurisdiction-status")).toContainText(
      "You can assign work to this client.",
    );
    await expect(page.getByTestId("jurisdiction-status")).toContainText("Casey is in Tennessee");
  });

  test("a couple invitation shows the confidentiality agreement; re-sending kills the old link and withdrawing kills the new one", async ({
    page,
  }) => {
    const email = `partner-${Date.now()}@example.test`;
    await signInAs(page, "clinician");
    await page.goto("/clients/invite?mode=new-couple");
    await page.getByLabel("Their name").fill("Dana Fox");
    await page.getByLabel("Their email").fill(email);
    await page.getByLabel("Couple name").fill("Dana & Lee");
    await page.getByLabel(/^Limited secrets/).check();
    await page
      .getByLabel("Your note on the agreement (optional)")
      .fill("I will tell you before anything is shared.");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByRole("status")).toContainText("We emailed Dana Fox");
    await page.getByRole("link", { name: "Go to Dana & Lee" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Dana & Lee" })).toBeVisible();
    await expect(page.getByText("Limited secrets", { exact: true })).toBeVisible();

    const first = await invitationLink(email);
    await page.goto(first);
    await expect(
      page.getByRole("heading", { name: /Your confidentiality agreement: Limited secrets/ }),
    ).toBeVisible();
    await expect(page.getByText("I will tell you before anything is shared.")).toBeVisible();

    // Re-send: a new link; the old one stops working.
    await page.goto("/clients");
    await page.getByRole("link", { name: "Dana & Lee" }).click();
    // /clients lists the same invitation: act only once the couple's page has replaced it.
    await expect(page.getByRole("heading", { level: 1, name: "Dana & Lee" })).toBeVisible();
    const row = page.getByTestId("invitation-row").filter({ hasText: email });
    await row.getByRole("button", { name: "Re-send invitation" }).click();
    await expect(row.getByRole("status")).toContainText("The previous link no longer works");
    const second = await invitationLink(email);
    expect(second).not.toBe(first);
    await page.goto(first);
    await expect(page.getByRole("heading", { level: 1, name: "This link doesn't work" })).toBeVisible();
    await page.goto(second);
    await expect(page.getByRole("heading", { level: 1, name: "Welcome to Mend, Dana" })).toBeVisible();

    // Withdraw: the new link stops working too.
    await page.goto("/clients");
    const again = page.getByTestId("invitation-row").filter({ hasText: email });
    await again.getByRole("button", { name: "Withdraw invitation" }).click();
    await again.getByRole("button", { name: "Yes, withdraw it" }).click();
    await expect(page.getByTestId("invitation-row").filter({ hasText: email })).toHaveCount(0);
    await page.goto(second);
    await expect(
      page.getByRole("heading", { level: 1, name: "This invitation is no longer active" }),
    ).toBeVisible();
  });

  test("the admin's invite form says what to fix by each field, in words, on a phone", async ({
    browser,
  }) => {
    const { context, page } = await signedInPage(browser, "admin", PHONE);
    await page.goto("/admin/invite");
    await page.getByLabel("Their work email").fill("not an email");
    await page.getByRole("button", { name: "Send invitation" }).click();
    const form = page.locator("form");
    await expect(form.getByRole("alert")).toHaveText("Some of what you entered needs another look.");
    await expect(form.getByText("Enter their name.")).toBeVisible();
    await expect(form.getByText("Enter an email address like name@example.com.")).toBeVisible();
    await expect(page.getByText(/request body|not valid/i)).toHaveCount(0);
    await context.close();
  });

  test("a clinician records a licence and an admin verifies it", async ({ page }) => {
    await signInAs(page, "clinician");
    await page.goto("/settings/licences");
    await expect(page.getByRole("heading", { level: 1, name: "Your licences" })).toBeVisible();
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Record licence" }) });
    await form.getByLabel("Profession").selectOption("LMFT");
    await form.getByLabel("State", { exact: true }).selectOption("NC");
    await form.getByLabel("Licence number").fill("NC-LMFT-4242");
    await form.getByLabel("Expires").fill("2031-06-30");
    await form.getByRole("button", { name: "Record licence" }).click();
    await expect(form.getByRole("status")).toContainText("Licence recorded");
    const mine = page.getByTestId("licence-card").filter({ hasText: "NC-LMFT-4242" });
    await expect(mine.getByTestId("licence-state")).toHaveText("Waiting for verification");
    await signOut(page);

    await signInAs(page, "admin");
    await page.goto("/admin/licences");
    const card = page.getByTestId("licence-card").filter({ hasText: "NC-LMFT-4242" });
    await expect(card).toContainText("Dr. Riley Morgan");
    await card.getByRole("button", { name: "Verify" }).click();
    await card.getByLabel("Status shown by the board").selectOption("ACTIVE");
    await card.getByLabel("Verification page (web address)").fill("https://portal.ncblcmft.org/verify");
    await card.getByRole("button", { name: "Mark verified" }).click();
    const verified = page.getByTestId("licence-card").filter({ hasText: "NC-LMFT-4242" });
    await expect(verified.getByTestId("licence-state")).toHaveText("Current and verified");
    await expect(verified).toContainText("by Pat Admin");
    await signOut(page);

    await signInAs(page, "clinician");
    await page.goto("/settings/licences");
    await expect(
      page.getByTestId("licence-card").filter({ hasText: "NC-LMFT-4242" }).getByTestId("licence-state"),
    ).toHaveText("Current and verified");
  });

  test("tn-only@ cannot assign to a client in Virginia and sees why; Jordan, not their client, stays invisible to them", async ({
    page,
  }) => {
    // Jordan (VA) is Dr. Morgan's client; Morgan holds a verified VA licence.
    await signInAs(page, "clinician");
    await page.goto("/clients");
    await page.getByRole("link", { name: "Jordan Lee" }).click();
    await expect(page).toHaveURL(/\/clients\/[A-Za-z0-9_-]+$/);
    const jordanId = new URL(page.url()).pathname.split("/").pop()!;
    await expect(page.getByTestId("jurisdiction-status")).toContainText(
      "You can assign work to this client.",
    );
    const mine = await page.request.get(`/api/v1/jurisdiction/check?clientId=${jordanId}`);
    expect(mine.status()).toBe(200);
    expect(await mine.json()).toMatchObject({ allowed: true, people: [{ state: "VA", allowed: true }] });
    await signOut(page);

    // tn-only@ holds only a Tennessee licence. Their own client Jamie is in Virginia.
    await signInAs(page, "tnOnly");
    await page.goto("/clients");
    await page.getByRole("link", { name: "Jamie Park" }).click();
    const status = page.getByTestId("jurisdiction-status");
    await expect(status).toContainText("You can't assign work to this client right now.");
    await expect(status.getByTestId("jurisdiction-reason")).toHaveText(
      "You can't assign work to Jamie: Jamie is in Virginia and you hold no active, verified Virginia licence or compact privilege.",
    );
    const jamieId = new URL(page.url()).pathname.split("/").pop()!;
    const check = await page.request.get(`/api/v1/jurisdiction/check?clientId=${jamieId}`);
    expect(check.status()).toBe(200);
    expect(await check.json()).toMatchObject({
      allowed: false,
      people: [
        {
          clientId: jamieId,
          name: "Jamie Park",
          state: "VA",
          stateName: "Virginia",
          allowed: false,
          code: "no_authorization",
        },
      ],
    });

    // Jordan is not in tn-only@'s caseload: not even the check admits Jordan exists.
    const jordan = await page.request.get(`/api/v1/jurisdiction/check?clientId=${jordanId}`);
    expect(jordan.status()).toBe(404);
    expect(JSON.stringify(await jordan.json())).not.toContain("Jordan");
    expect((await page.request.get(`/api/v1/clients/${jordanId}`)).status()).toBe(404);
    const response = await page.goto(`/clients/${jordanId}`);
    expect(response?.status()).toBe(404);
  });
});
