import { expect, request as playwrightRequest, test } from "@playwright/test";
import { DEMO_USERS, DESKTOP, PHONE } from "./support/auth";
import { inviteClient, ok, signInRequest } from "./support/api";
import { shot } from "./support/pages";

// Work given before a discharge stays readable but can no longer be answered: the client's
// completion page turns read-only and says why, and so does their conversation with the clinician. A client of their own is invited for this (the TN-only
// demo clinician's), so no demo client the other specs use is ever discharged.

test("a discharged client reads their open work read-only, with a calm explanation", async ({
  page,
  baseURL,
}) => {
  const headers = { Origin: baseURL! };
  const clinician = await playwrightRequest.newContext({ baseURL });
  try {
    await signInRequest(clinician, DEMO_USERS.tnOnly.email, baseURL!);
    const email = `discharged-${Date.now()}@invitee.mend.test`;
    const clientId = await inviteClient(
      clinician,
      page,
      { name: "Morgan Leaving", email, state: "TN" },
      baseURL!,
    );
    const assigned = await ok<{ items: { id: string }[] }>(
      await clinician.post("/api/v1/assignments", {
        data: {
          exercise: "weekly-trust-check-in",
          clientId,
          dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        },
        headers,
      }),
      "assignment",
    );
    const assignmentPath = `/assignments/${assigned.items[0]!.id}`;

    await page.goto(assignmentPath);
    await expect(page.getByRole("button", { name: `Send to ${DEMO_USERS.tnOnly.name}` })).toBeVisible();

    await ok(
      await clinician.post(`/api/v1/clients/${clientId}/discharge`, {
        data: { confirm: "DISCHARGE" },
        headers,
      }),
      "discharge",
    );

    await page.reload();
    await expect(page.getByText(`Your work with ${DEMO_USERS.tnOnly.name} has ended`)).toBeVisible();
    await expect(page.getByText("nothing new can be sent")).toBeVisible();
    await expect(page.getByRole("link", { name: "download a copy" })).toHaveAttribute(
      "href",
      "/account/export",
    );
    await expect(page.getByRole("button", { name: `Send to ${DEMO_USERS.tnOnly.name}` })).toHaveCount(0);
    await expect(page.getByTestId("assignment-due")).not.toContainText("Due");
    // No way into the closed conversation from here.
    await expect(page.getByRole("link", { name: /^Message .* about this$/ })).toHaveCount(0);
    await page.setViewportSize(PHONE);
    await shot(page, "discharged-work-390");

    // Their conversation with the clinician is closed too: kept to read, the reason in place of the
    // composer, the crisis numbers still there.
    await page.goto("/messages");
    await page.getByTestId("thread").first().getByRole("link").click();
    await expect(page.getByTestId("conversation-closed")).toContainText(
      "Your care with this practice has ended, so this conversation is closed.",
    );
    await expect(page.getByLabel("Your message")).toHaveCount(0);
    await expect(page.getByTestId("support-note")).toContainText("988");
    await shot(page, "discharged-conversation-390");
    await page.setViewportSize(DESKTOP);
    await shot(page, "discharged-conversation-1280");
  } finally {
    await clinician.dispose();
  }
});
