import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { signInWithMagicLink } from "@/lib/auth/sign-in/credentials";
import { hashToken } from "@/lib/auth/crypto";
import {
  isMagicLinkUsable,
  MAGIC_LINK_REQUESTED_MESSAGE,
  requestMagicLink,
} from "@/lib/auth/links/magic-link";
import { authOptions } from "@/lib/auth/options";
import { resolveAuthSession } from "@/lib/auth/sessions/store";
import { db } from "@/lib/db";
import { createClient, createClinician, createPractice, createUser, unique } from "../../support/factories";
import { api, emailsTo, freshIp, tokenFromLatestEmail } from "./support";
import { settle } from "../../support/api-client";
import { setSessionCookie } from "../../support/session-cookie";
import { CONNECTION_ADDRESS_HEADER } from "@/lib/http/request-meta";

// Only the request's cookie jar is stood in for (tests/support/session-cookie.ts): the cookie is a
// real next-auth one, and its decoding, lib/auth/session.ts, the routes and the services are real. resetModules: modules that another test
// file cached with its own mocks are loaded afresh for this file.
vi.mock("next/headers", async (importOriginal) =>
  (await import("../../support/session-cookie")).withSessionCookie(importOriginal),
);
vi.resetModules();
// ...and the next file gets fresh modules too, not ones bound to this file's mock.
afterAll(() => {
  vi.resetModules();
});

const fast = { minDurationMs: 0 };
const context = () => ({ ip: freshIp(), userAgent: "vitest" });

async function clientWithLink() {
  const practice = await createPractice();
  const clinician = await createClinician(practice.id);
  const client = await createClient(practice.id, clinician.id);
  await requestMagicLink({ email: client.email }, { ip: freshIp() }, fast);
  const token = await tokenFromLatestEmail(client.email, "/sign-in/link");
  return { practice, clinician, client, token };
}

beforeEach(() => {
  setSessionCookie(null);
});

describe("magic-link sign-in for clients", () => {
  it("emails a link to the landing page; the token is stored hashed and lasts 20 minutes", async () => {
    const { client, token } = await clientWithLink();
    const [email] = await emailsTo(client.email);
    expect(email?.subject).toBe("Your Mend sign-in link");
    expect(email?.text).toContain(`http://localhost:3000/sign-in/link?token=${token}`);
    const row = await db.authToken.findFirstOrThrow({ where: { userId: client.id, purpose: "MAGIC_LINK" } });
    expect(row.tokenHash).toBe(hashToken(token));
    const ttl = row.expiresAt.getTime() - row.createdAt.getTime();
    expect(Math.abs(ttl - 20 * 60_000)).toBeLessThan(5_000);
  });

  it("is not used up by opening the landing page (mail scanners), only by the sign-in POST", async () => {
    const { client, token } = await clientWithLink();
    expect(await isMagicLinkUsable(token)).toBe(true);
    expect(await isMagicLinkUsable(token)).toBe(true);
    const signedIn = await signInWithMagicLink({ token }, context());
    expect(signedIn?.userId).toBe(client.id);
    expect(await resolveAuthSession(signedIn!.sessionId, signedIn!.sessionVersion)).toMatchObject({
      userId: client.id,
      role: "CLIENT",
    });
    expect(await isMagicLinkUsable(token)).toBe(false);
  });

  it("works once", async () => {
    const { token } = await clientWithLink();
    expect(await signInWithMagicLink({ token }, context())).not.toBeNull();
    expect(await signInWithMagicLink({ token }, context())).toBeNull();
  });

  it("refuses an expired link, a deactivated client and junk", async () => {
    const expired = await clientWithLink();
    await db.authToken.updateMany({
      where: { userId: expired.client.id },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    expect(await signInWithMagicLink({ token: expired.token }, context())).toBeNull();

    const deactivated = await clientWithLink();
    await db.user.update({ where: { id: deactivated.client.id }, data: { deactivatedAt: new Date() } });
    expect(await signInWithMagicLink({ token: deactivated.token }, context())).toBeNull();

    expect(await signInWithMagicLink({ token: "x".repeat(43) }, context())).toBeNull();
    expect(await signInWithMagicLink({ token: { not: "" } }, context())).toBeNull();
    expect(await signInWithMagicLink(null, context())).toBeNull();
  });

  it("sends nothing to staff, unknown or deactivated emails, with the same answer", async () => {
    const practice = await createPractice();
    const clinician = await createClinician(practice.id);
    const admin = await createUser(practice.id, "ADMIN");
    const client = await createClient(practice.id, clinician.id);
    const gone = await createClient(practice.id, clinician.id);
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    const unknown = `${unique()}@nobody.test`;

    for (const email of [client.email, clinician.email, admin.email, gone.email, unknown]) {
      const res = await settle(api.POST("/api/v1/auth/magic-link/request", { body: { email } }));
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ message: MAGIC_LINK_REQUESTED_MESSAGE });
    }
    expect(await emailsTo(client.email)).toHaveLength(1);
    for (const email of [clinician.email, admin.email, gone.email, unknown])
      expect(await emailsTo(email)).toHaveLength(0);
    expect(await db.authToken.count({ where: { userId: { in: [clinician.id, admin.id, gone.id] } } })).toBe(
      0,
    );
  });

  it("refuses a staff account even holding a MAGIC_LINK token (defence in depth)", async () => {
    const practice = await createPractice();
    const clinician = await createClinician(practice.id);
    const token = "t".repeat(43);
    await db.authToken.create({
      data: {
        userId: clinician.id,
        purpose: "MAGIC_LINK",
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    expect(await signInWithMagicLink({ token }, context())).toBeNull();
  });

  it("does not accept a password-reset token as a sign-in link", async () => {
    const { client } = await clientWithLink();
    const token = "r".repeat(43);
    await db.authToken.create({
      data: {
        userId: client.id,
        purpose: "PASSWORD_RESET",
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    expect(await signInWithMagicLink({ token }, context())).toBeNull();
  });

  it("is wired into next-auth as the 'magic-link' credentials provider", async () => {
    const { client, token } = await clientWithLink();
    // next-auth v4 keeps a credentials provider's own id and authorize() in `options`.
    type Provider = {
      options: {
        id: string;
        authorize: (
          credentials: unknown,
          req: unknown,
        ) => Promise<{ id: string; sid: string; sv: number } | null>;
      };
    };
    const provider = (authOptions.providers as unknown as Provider[]).find(
      (p) => p.options.id === "magic-link",
    )!;
    const user = await provider.options.authorize(
      { token },
      { headers: { [CONNECTION_ADDRESS_HEADER]: freshIp(), "user-agent": "vitest" } },
    );
    expect(user).toMatchObject({ id: client.id, sid: expect.any(String), sv: 1 });
    expect(await provider.options.authorize({ token }, { headers: {} })).toBeNull();
  });
});
