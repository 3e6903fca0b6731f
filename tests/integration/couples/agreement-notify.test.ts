import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getClientHome } from "@/lib/clients/home";
import { confirmAgreement, myAgreementHistory, proposeAgreementChange } from "@/lib/couples/agreement";
import { db } from "@/lib/db";
import type { RunningWorker } from "@/lib/jobs/worker";
import { deliverNotification } from "@/lib/notifications/service";
import { actorFor, createClinician, createCouple, createPractice } from "../../support/factories";
import { SETTINGS, outboxTo, scan, startTestWorker, testClock } from "../../support/worker";

// A proposed change to a couple's confidentiality agreement: each partner who must confirm it is told
// by email (through the queue: the scan plans it, a `notify` job sends it), once per proposal, outside
// their quiet hours, never when they turned email off, and never with the agreement's words; and the
// client's home says so until they have confirmed.

// 14:00 UTC: daytime in New York (10:00), where the partners are unless a test moves one.
const clock = testClock(new Date("2031-06-03T14:00:00Z"));
let worker: RunningWorker;

beforeAll(async () => {
  worker = await startTestWorker(clock.now);
});

afterAll(async () => {
  await worker.stop();
});

const NOTE = "Anything either of you tells me alone about an affair stays private.";

async function scenario() {
  const practice = await createPractice();
  const clinicianUser = await createClinician(practice.id, [{ state: "TN" }]);
  const { couple, partners } = await createCouple(practice.id, clinicianUser.id);
  // Daytime for both partners at the test clock, unless a test says otherwise.
  await db.user.updateMany({
    where: { id: { in: partners.map((p) => p.id) } },
    data: { timeZone: "America/New_York" },
  });
  const clinician = actorFor(clinicianUser);
  const [alex, sam] = [actorFor(partners[0]), actorFor(partners[1])];
  const propose = () =>
    proposeAgreementChange(clinician, {
      coupleId: couple.id,
      confidentiality: "LIMITED_SECRETS",
      note: NOTE,
    });
  return { couple, clinician, clinicianUser, alex, sam, propose };
}

function expectNoAgreementText(email: { subject: string; text: string; html: string | null }) {
  const all = `${email.subject}\n${email.text}\n${email.html ?? ""}`;
  for (const secret of [NOTE, "affair", "LIMITED_SECRETS", "NO_SECRETS", "secret", "private from"])
    expect(all).not.toContain(secret);
  expect(email.text).toContain("/account/privacy");
  expect(email.text).toContain("/account/notifications");
  expect(email.html).toContain("/account/privacy");
}

describe("a proposed agreement change tells each partner who must confirm it", () => {
  it("emails each partner once, with a link and no agreement text; the home shows it until confirmed", async () => {
    const s = await scenario();
    expect((await getClientHome(s.alex)).agreementToConfirm).toBe(false);
    await s.propose();
    expect((await getClientHome(s.alex)).agreementToConfirm).toBe(true);
    expect((await getClientHome(s.sam)).agreementToConfirm).toBe(true);

    await scan(worker);
    for (const partner of [s.alex, s.sam]) {
      const sent = await outboxTo(partner.email);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.subject).toBe(`${s.clinicianUser.name} asked you to confirm a change in Mend`);
      expectNoAgreementText(sent[0]!);
    }
    // Another scan sends nothing more: one email per partner and proposal.
    await scan(worker);
    expect(await outboxTo(s.alex.email)).toHaveLength(1);

    // Alex confirms: the notice leaves Alex's home, and stays on Sam's until Sam confirms.
    const pendingId = (await myAgreementHistory(s.alex))[0]!.id;
    await confirmAgreement(s.alex, pendingId);
    expect((await getClientHome(s.alex)).agreementToConfirm).toBe(false);
    expect((await getClientHome(s.sam)).agreementToConfirm).toBe(true);
    await confirmAgreement(s.sam, pendingId);
    expect((await getClientHome(s.sam)).agreementToConfirm).toBe(false);
  });

  it("only a partner who has not confirmed yet is emailed", async () => {
    const s = await scenario();
    await s.propose();
    const pendingId = (await myAgreementHistory(s.alex))[0]!.id;
    // Alex confirms straight away, before the scan comes round.
    await confirmAgreement(s.alex, pendingId);
    await scan(worker);
    expect(await outboxTo(s.alex.email)).toHaveLength(0);
    expect(await outboxTo(s.sam.email)).toHaveLength(1);
    // A job planned before Alex confirmed, run after: sends nothing.
    expect(
      await deliverNotification(
        { kind: "agreement-change", agreementId: pendingId, clientId: s.alex.userId },
        clock.now(),
        SETTINGS,
      ),
    ).toEqual({ outcome: "skipped", reason: "confirmed" });
  });

  it("a newer proposal replaces the old one: the old one's email is no longer sent", async () => {
    const s = await scenario();
    await s.propose();
    const first = (await myAgreementHistory(s.alex))[0]!.id;
    await proposeAgreementChange(s.clinician, {
      coupleId: s.couple.id,
      confidentiality: "LIMITED_SECRETS",
      note: null,
    });
    expect(
      await deliverNotification(
        { kind: "agreement-change", agreementId: first, clientId: s.sam.userId },
        clock.now(),
        SETTINGS,
      ),
    ).toEqual({ outcome: "skipped", reason: "not-pending" });
    await scan(worker);
    expect(await outboxTo(s.sam.email)).toHaveLength(1);
  });

  it("never emails a partner who turned email off; the home still shows the notice", async () => {
    const s = await scenario();
    await db.user.update({ where: { id: s.sam.userId }, data: { emailOptOut: true } });
    await s.propose();
    await scan(worker);
    expect(await outboxTo(s.alex.email)).toHaveLength(1);
    expect(await outboxTo(s.sam.email)).toHaveLength(0);
    const pendingId = (await myAgreementHistory(s.sam))[0]!.id;
    // Even a job that was already queued checks again when it runs.
    expect(
      await deliverNotification(
        { kind: "agreement-change", agreementId: pendingId, clientId: s.sam.userId },
        clock.now(),
        SETTINGS,
      ),
    ).toEqual({ outcome: "skipped", reason: "opted-out" });
    expect((await getClientHome(s.sam)).agreementToConfirm).toBe(true);
  });

  it("waits out a partner's quiet hours, then the scan sends it", async () => {
    const s = await scenario();
    // 14:00 UTC is 23:00 in Tokyo: inside quiet hours (21:00-08:00) for Sam only.
    await db.user.update({ where: { id: s.sam.userId }, data: { timeZone: "Asia/Tokyo" } });
    await s.propose();
    clock.set("2031-06-03T14:00:00Z");
    await scan(worker);
    expect(await outboxTo(s.alex.email)).toHaveLength(1);
    expect(await outboxTo(s.sam.email)).toHaveLength(0);
    const pendingId = (await myAgreementHistory(s.sam))[0]!.id;
    const held = await deliverNotification(
      { kind: "agreement-change", agreementId: pendingId, clientId: s.sam.userId },
      clock.now(),
      SETTINGS,
    );
    expect(held.outcome).toBe("quiet");
    clock.set("2031-06-03T22:55:00Z"); // 07:55 in Tokyo: still quiet
    await scan(worker);
    expect(await outboxTo(s.sam.email)).toHaveLength(0);
    clock.set("2031-06-03T23:01:00Z"); // 08:01 in Tokyo
    await scan(worker);
    const sent = await outboxTo(s.sam.email);
    expect(sent).toHaveLength(1);
    expectNoAgreementText(sent[0]!);
    expect(await outboxTo(s.alex.email)).toHaveLength(1);
    clock.set("2031-06-03T14:00:00Z");
  });
});
