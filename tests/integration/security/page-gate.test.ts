import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { createClient, createClinician, createPractice } from "../../support/factories";
import { setSessionCookie } from "../../support/session-cookie";
import { signIn } from "../auth/support";

// The page gate (lib/http/page.ts) with a real session: who may open a page, and the services'
// typed errors answered once for every page.
vi.mock("next/headers", async (importOriginal) =>
  (await import("../../support/session-cookie")).withSessionCookie(importOriginal),
);
vi.resetModules();
afterAll(() => {
  vi.resetModules();
});
afterEach(() => {
  setSessionCookie(null);
});

const { page, publicPage } = await import("@/lib/http/page");
// From the same module instances as the gate (instanceof AppError).
const { badRequest, forbidden, notFound, unprocessable } = await import("@/lib/errors");

async function signedInClinician() {
  const practice = await createPractice();
  const clinician = await createClinician(practice.id);
  const session = await signIn(clinician.email);
  setSessionCookie({ sid: session.sessionId, sv: session.sessionVersion });
  return { practice, clinician };
}

const digestOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "rendered",
    (error: { digest?: string }) => error.digest ?? String(error),
  );

describe("the page gate", () => {
  it("renders for the right role with the actor", async () => {
    const { clinician } = await signedInClinician();
    const render = page({ roles: ["CLINICIAN"] }, async (actor) => actor.userId);
    expect(await render({})).toBe(clinician.id);
  });

  it("sends the signed out to sign in and the wrong role (or permission) to their own home", async () => {
    expect(await digestOf(page({ roles: ["CLINICIAN"] }, async () => "x")({}))).toMatch(/;\/sign-in;/);
    const { practice, clinician } = await signedInClinician();
    expect(await digestOf(page({ roles: ["CLIENT"] }, async () => "x")({}))).toMatch(/;\/dashboard;/);
    expect(await digestOf(page({ permission: "read:audit" }, async () => "x")({}))).toMatch(/;\/dashboard;/);
    const client = await createClient(practice.id, clinician.id);
    const session = await signIn(client.email);
    setSessionCookie({ sid: session.sessionId, sv: session.sessionVersion });
    expect(await digestOf(page({ roles: ["CLINICIAN"] }, async () => "x")({}))).toMatch(/;\/home;/);
  });

  it("answers not_found (and an unreadable id) with the 404 page and forbidden with the actor's home, once for every page", async () => {
    await signedInClinician();
    const throwing = (error: Error) => page({ roles: ["CLINICIAN"] }, async () => Promise.reject(error));
    expect(await digestOf(throwing(notFound("Client"))({}))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(await digestOf(throwing(badRequest("The id is not valid."))({}))).toMatch(
      /NEXT_HTTP_ERROR_FALLBACK;404/,
    );
    expect(await digestOf(throwing(forbidden())({}))).toMatch(/;\/dashboard;/);
    // Other typed errors and unexpected ones are not hidden.
    expect(await digestOf(throwing(unprocessable("No."))({}))).toBe("AppError: No.");
  });

  it("public pages get the actor when someone is signed in, or null", async () => {
    expect(await publicPage(async (actor) => actor?.userId ?? "nobody")({})).toBe("nobody");
    const { clinician } = await signedInClinician();
    expect(await publicPage(async (actor) => actor?.userId ?? "nobody")({})).toBe(clinician.id);
  });
});
