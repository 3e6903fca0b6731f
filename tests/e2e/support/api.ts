import { expect, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserKey } from "../../../prisma/demo-data";

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
