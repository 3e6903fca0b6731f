import { describe, expect, it } from "vitest";
import { requestMagicLink } from "@/lib/auth/links/magic-link";
import { requestPasswordReset, RESET_REQUESTED_MESSAGE } from "@/lib/auth/password/reset";
import { db } from "@/lib/db";
import { createPractice, createUser } from "../../support/factories";
import { emailsTo, freshIp } from "./support";

// Anonymous "email me a link" requests for someone else's address must not use up the owner's own
// recovery: a per-(address, email) limit comes before the per-email one, and the per-email cap only
// holds while the account still has a link it can use.

const fast = { minDurationMs: 0 };

async function clientAccount() {
  const practice = await createPractice();
  return createUser(practice.id, "CLIENT");
}

describe("recovery emails under a stranger's requests", () => {
  it("an attacker's requests from one address leave the owner's request from another address sent", async () => {
    const victim = await clientAccount();
    const attacker = freshIp();
    for (let i = 0; i < 15; i++) {
      expect(await requestPasswordReset({ email: victim.email }, { ip: attacker }, fast)).toEqual({
        message: RESET_REQUESTED_MESSAGE,
      });
    }
    // The attacker's address got its own small allowance, and no more.
    expect(await emailsTo(victim.email)).toHaveLength(3);

    await requestPasswordReset({ email: victim.email }, { ip: freshIp() }, fast);
    expect(await emailsTo(victim.email)).toHaveLength(4);
  });

  it("sends the owner a link once the last one has expired, even when many addresses used up the hourly cap", async () => {
    const victim = await clientAccount();
    for (let i = 0; i < 8; i++) await requestPasswordReset({ email: victim.email }, { ip: freshIp() }, fast);
    // The inbox is not flooded: five an hour while a link is still usable.
    expect(await emailsTo(victim.email)).toHaveLength(5);

    // Time passes: the last link expires unused.
    await db.authToken.updateMany({
      where: { userId: victim.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await requestPasswordReset({ email: victim.email }, { ip: freshIp() }, fast);
    expect(await emailsTo(victim.email)).toHaveLength(6);
  });

  it("sends a sign-in link again once the previous one has been used", async () => {
    const victim = await clientAccount();
    for (let i = 0; i < 7; i++) await requestMagicLink({ email: victim.email }, { ip: freshIp() }, fast);
    expect(await emailsTo(victim.email)).toHaveLength(5);
    // Still a live link: a further request is quiet.
    await requestMagicLink({ email: victim.email }, { ip: freshIp() }, fast);
    expect(await emailsTo(victim.email)).toHaveLength(5);

    await db.authToken.updateMany({
      where: { userId: victim.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    await requestMagicLink({ email: victim.email }, { ip: freshIp() }, fast);
    expect(await emailsTo(victim.email)).toHaveLength(6);
  });
});
