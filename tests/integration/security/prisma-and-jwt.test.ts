import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";
import { signInWithPassword } from "@/lib/auth/sign-in/credentials";
import { resolveAuthSession } from "@/lib/auth/sessions/store";
import { db } from "@/lib/db";
import { createPractice, createUser, TEST_PASSWORD, unique } from "../../support/factories";

// Two defences below the routes: Prisma's strict undefined checks (an `undefined` in a filter is an
// error, never "no condition"), and next-auth's callbacks, which keep only what sign-in put in the
// token whatever the browser sends to session.update().

describe("strict undefined checks", () => {
  it("throws on an undefined filter value instead of widening the query", async () => {
    const practice = await createPractice();
    await createUser(practice.id, "CLIENT");
    await createUser(practice.id, "CLIENT");
    const missing: { practiceId?: string } = {};
    // An id that failed to arrive must not turn "this practice's users" into "every user".
    await expect(db.user.findMany({ where: { practiceId: missing.practiceId } })).rejects.toThrow(
      /undefined/i,
    );
    await expect(db.user.findFirst({ where: { id: missing.practiceId, role: "CLIENT" } })).rejects.toThrow(
      /undefined/i,
    );
    await expect(db.user.count({ where: { practice: { id: missing.practiceId } } })).rejects.toThrow(
      /undefined/i,
    );
    await expect(
      db.user.updateMany({ where: { id: missing.practiceId }, data: { name: "x" } }),
    ).rejects.toThrow(/undefined/i);
    // The same filter with the value present works.
    expect(await db.user.count({ where: { practiceId: practice.id } })).toBe(2);
  });
});

describe("next-auth callbacks ignore session.update() data", () => {
  const jwt = authOptions.callbacks!.jwt!;
  const session = authOptions.callbacks!.session!;

  it("keeps the token's session id and version, dropping everything the browser sent", async () => {
    const practice = await createPractice();
    const user = await createUser(practice.id, "CLIENT");
    const signedIn = await signInWithPassword(
      { email: user.email, password: TEST_PASSWORD },
      { ip: unique("ip"), userAgent: "vitest" },
    );
    const token: JWT = { sub: user.id, sid: signedIn!.sessionId, sv: signedIn!.sessionVersion };
    const hostile = {
      sid: "someone-else",
      sv: 0,
      sub: "another-user",
      role: "ADMIN",
      user: { id: "another-user" },
    };
    const updated = await jwt({
      token: { ...token },
      user: undefined as never,
      account: null,
      trigger: "update",
      session: hostile,
    } as Parameters<typeof jwt>[0]);
    expect(updated).toEqual(token);
    // Extra claims smuggled into the token itself are dropped too.
    const smuggled = await jwt({
      token: { ...token, role: "ADMIN", email: "x@y.test" } as JWT,
      user: undefined as never,
      account: null,
    } as Parameters<typeof jwt>[0]);
    expect(smuggled).toEqual(token);
    // And the session the browser can read carries nothing but the expiry and the two ids.
    const visible = await session({
      session: { expires: "2030-01-01T00:00:00.000Z", user: { name: "x" } },
      token: updated,
      user: undefined as never,
      newSession: hostile,
      trigger: "update",
    } as Parameters<typeof session>[0]);
    expect(visible).toEqual({ expires: "2030-01-01T00:00:00.000Z", sid: token.sid, sv: token.sv });
    expect(await resolveAuthSession(updated.sid!, updated.sv!)).toMatchObject({ userId: user.id });
  });

  it("keeps redirects on our origin", async () => {
    const redirect = authOptions.callbacks!.redirect!;
    const baseUrl = "https://mend.example";
    for (const url of [
      "https://evil.example",
      "//evil.example",
      "javascript:alert(1)",
      "https://mend.example.evil.example/x",
      "http://mend.example/x",
    ]) {
      const to = await redirect({ url, baseUrl });
      expect(new URL(to, baseUrl).origin, url).toBe(baseUrl);
    }
    expect(await redirect({ url: "/home", baseUrl })).toBe("https://mend.example/home");
    expect(await redirect({ url: "https://mend.example/dashboard", baseUrl })).toBe(
      "https://mend.example/dashboard",
    );
  });
});
