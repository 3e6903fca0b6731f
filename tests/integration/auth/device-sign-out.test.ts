import { describe, expect, it } from "vitest";
import { listMySessions, signOutDevice } from "@/lib/auth/account/service";
import { signInWithPassword } from "@/lib/auth/sign-in/credentials";
import { resolveAuthSession } from "@/lib/auth/sessions/store";
import { db } from "@/lib/db";
import { actorFor, createPractice, createUser, TEST_PASSWORD, unique } from "../../support/factories";

// Signing out one device from the device list: that session is refused at once, the others carry on,
// it is audited, and nobody can end another person's session.

const context = (userAgent: string) => ({
  ip: `10.1.0.${Math.floor(Math.random() * 250)}-${unique()}`,
  userAgent,
});

async function signedInTwice() {
  const practice = await createPractice();
  const user = await createUser(practice.id, "CLIENT");
  const phone = await signInWithPassword(
    { email: user.email, password: TEST_PASSWORD },
    context("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1"),
  );
  const laptop = await signInWithPassword(
    { email: user.email, password: TEST_PASSWORD },
    context("Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0 Safari/537.36"),
  );
  if (!phone || !laptop) throw new Error("sign-in failed");
  return { user, phone, laptop, onLaptop: { ...actorFor(user), sessionId: laptop.sessionId } };
}

describe("signing out one device", () => {
  it("ends that session at once, keeps this one, and records it", async () => {
    const { user, phone, laptop, onLaptop } = await signedInTwice();
    const before = await listMySessions(onLaptop);
    expect(before.map((s) => [s.device, s.current])).toEqual(
      expect.arrayContaining([
        ["Safari on iPhone or iPad", false],
        ["Chrome on Linux", true],
      ]),
    );

    const result = await signOutDevice(onLaptop, phone.sessionId, { ip: "10.9.9.9" });
    expect(result).toEqual({ message: "That device has been signed out.", current: false });
    expect(await resolveAuthSession(phone.sessionId, phone.sessionVersion)).toBeNull();
    expect(await resolveAuthSession(laptop.sessionId, laptop.sessionVersion)).not.toBeNull();
    expect((await listMySessions(onLaptop)).map((s) => s.id)).toEqual([laptop.sessionId]);

    const events = await db.auditEvent.findMany({
      where: { action: "auth.device_signed_out", actorId: user.id },
      select: { subjectType: true, subjectId: true, ip: true },
    });
    expect(events).toEqual([{ subjectType: "AuthSession", subjectId: phone.sessionId, ip: "10.9.9.9" }]);

    // Already signed out: not found, and nothing more recorded.
    await expect(signOutDevice(onLaptop, phone.sessionId)).rejects.toMatchObject({ status: 404 });
    expect(await db.auditEvent.count({ where: { action: "auth.device_signed_out", actorId: user.id } })).toBe(
      1,
    );
  });

  it("cannot end someone else's session (404, and it stays open)", async () => {
    const mine = await signedInTwice();
    const theirs = await signedInTwice();
    await expect(signOutDevice(mine.onLaptop, theirs.phone.sessionId)).rejects.toMatchObject({ status: 404 });
    expect(await resolveAuthSession(theirs.phone.sessionId, theirs.phone.sessionVersion)).not.toBeNull();
    expect(
      await db.auditEvent.count({ where: { action: "auth.device_signed_out", actorId: mine.user.id } }),
    ).toBe(0);
  });
});
