import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_USERS } from "../../../prisma/demo-data";
import { signedIn } from "./support";

// Server actions posted by hand to the production server (issue 20, item 4): a no-JavaScript form
// action from a foreign origin is refused even when X-Forwarded-Host is forged to match it, and the
// requests Next.js itself would answer with a 500 (a malformed router state, an oversized action
// body) get a 4xx. The gate's other refusals: tests/integration/security/action-gate.test.ts.

const EXERCISE = "/library/slowing-down";

/** The id of the "Duplicate" form's server action, as the page renders it for browsers without JavaScript. */
async function duplicateActionField(clinician: APIRequestContext): Promise<string> {
  const html = await (await clinician.get(EXERCISE)).text();
  const field = html.match(/name="(\$ACTION_ID_[0-9a-f]+)"/)?.[1];
  expect(field, "the duplicate form's action id").toBeTruthy();
  return field!;
}

async function customExerciseCount(clinician: APIRequestContext): Promise<number> {
  const list = await clinician.get("/api/v1/exercises?source=mine");
  expect(list.status()).toBe(200);
  return ((await list.json()) as { total: number }).total;
}

test.describe("server actions posted by hand", () => {
  test("a foreign Origin with a matching forged X-Forwarded-Host is refused before the action acts", async ({
    baseURL,
  }) => {
    const clinician = await signedIn(baseURL!, DEMO_USERS.clinician.email);
    const field = await duplicateActionField(clinician);
    const before = await customExerciseCount(clinician);
    const response = await clinician.post(EXERCISE, {
      multipart: { [field]: "", slug: "slowing-down" },
      headers: {
        Origin: "https://evil.example",
        "X-Forwarded-Host": "evil.example",
        "X-Forwarded-Proto": "https",
      },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
    expect(response.headers()["location"] ?? "").not.toContain("duplicated=1");
    expect(await customExerciseCount(clinician)).toBe(before);
    await clinician.dispose();
  });

  test("a malformed Next-Router-State-Tree is a 400, not a 500", async ({ baseURL }) => {
    const clinician = await signedIn(baseURL!, DEMO_USERS.clinician.email);
    for (const tree of ["not-json", "%E0%A4%A", encodeURIComponent('{"children":[]}')]) {
      const response = await clinician.get("/library", {
        headers: { RSC: "1", "Next-Router-State-Tree": tree },
      });
      expect(response.status(), tree).toBe(400);
    }
    await clinician.dispose();
  });

  test("an oversized server action body is a 413, not a 500", async ({ baseURL }) => {
    const clinician = await signedIn(baseURL!, DEMO_USERS.clinician.email);
    const field = await duplicateActionField(clinician);
    const response = await clinician.post(EXERCISE, {
      multipart: { [field]: "", slug: "slowing-down", padding: "x".repeat(1024 * 1024) },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(413);
    await clinician.dispose();
  });
});
