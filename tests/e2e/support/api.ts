import { expect, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserKey } from "../../../prisma/demo-data";
import { linkFromLatestEmail } from "./emails";

/** Signs a request context in over HTTP (next-auth's CSRF token + credentials callback). */
export async function signInRequest(
  request: APIRequestContext,
  email: string,
  baseURL: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers: { Origin: baseURL },
  });
  expect(response.ok(), `sign-in of ${email}`).toBe(true);
  const me = await request.get("/api/v1/me");
  expect(me.status(), `session of ${email}`).toBe(200);
}

/** Signs a request context in as a demo user. */
export async function apiSignIn(
  request: APIRequestContext,
  who: DemoUserKey,
  baseURL: string,
): Promise<void> {
  await signInRequest(request, DEMO_USERS[who].email, baseURL);
}

/** The JSON of a successful answer; a failed one fails the test with its status and body. */
export async function ok<T>(response: APIResponse, what: string): Promise<T> {
  expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * A new client of the clinician signed in on `clinician`: invited over the API, the invitation
 * accepted in `page` (located in `state`), and their id from the caseload. For specs that change a
 * client in ways other specs must not see (discharge, long answers), so no demo client is touched.
 */
export async function inviteClient(
  clinician: APIRequestContext,
  page: Page,
  client: { name: string; email: string; state: string },
  origin: string,
): Promise<string> {
  await ok(
    await clinician.post("/api/v1/invitations", {
      data: { role: "CLIENT", email: client.email, name: client.name },
      headers: { Origin: origin },
    }),
    "invitation",
  );
  await page.goto(new URL(await linkFromLatestEmail(client.email, "/invite/")).pathname);
  await page.getByLabel("Choose a password").fill("harbour lights over still water");
  await page.getByLabel("Where are you located right now?").selectOption(client.state);
  await page.getByLabel("I have read this and agree to use Mend this way.").check();
  await page.getByLabel("I am 18 or older.").check();
  await page.getByRole("button", { name: "Accept and continue" }).click();
  await expect(page).toHaveURL(/\/home$/);
  const caseload = await ok<{ individuals: { id: string; email: string }[] }>(
    await clinician.get("/api/v1/clients"),
    "caseload",
  );
  const id = caseload.individuals.find((c) => c.email === client.email)?.id;
  expect(id, "the new client in the caseload").toBeTruthy();
  return id!;
}
