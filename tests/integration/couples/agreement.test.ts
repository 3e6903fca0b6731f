import { describe, expect, it } from "vitest";
import {
  agreementHistoryForClinician,
  confirmAgreement,
  myAgreementHistory,
  proposeAgreementChange,
} from "@/lib/couples/agreement";
import { db } from "@/lib/db";
import { getPrivacySettings } from "@/lib/responses/settings";
import { actorFor, createClinician, createCouple, createPractice } from "../../support/factories";

// Changing a couple's confidentiality agreement: the clinician proposes, both partners confirm, and
// only then does it apply; until then the old one stays in force. History kept, audited.

async function scenario() {
  const practice = await createPractice();
  const clinician = await createClinician(practice.id, [{ state: "TN" }]);
  const { couple, partners } = await createCouple(practice.id, clinician.id);
  return {
    practice,
    couple,
    clinician: actorFor(clinician),
    alex: actorFor(partners[0]),
    sam: actorFor(partners[1]),
  };
}

describe("changing a couple's confidentiality agreement", () => {
  it("applies only once both partners confirm; the old one holds until then; history is kept", async () => {
    const s = await scenario();
    const proposed = await proposeAgreementChange(s.clinician, {
      coupleId: s.couple.id,
      confidentiality: "LIMITED_SECRETS",
      note: "I will tell you when something cannot stay private.",
    });
    expect(proposed).toEqual({ inForce: false });
    // Still the old agreement, for both partners.
    expect((await getPrivacySettings(s.alex)).couple?.confidentiality).toBe("NO_SECRETS");

    const history = await myAgreementHistory(s.alex);
    expect(history.map((h) => [h.status, h.confidentiality])).toEqual([
      ["PENDING", "LIMITED_SECRETS"],
      ["IN_FORCE", "NO_SECRETS"],
    ]);
    // The agreement they joined under is recorded as confirmed by both.
    expect(history[1]!.partners.every((p) => p.confirmedAt !== null)).toBe(true);

    const pendingId = history[0]!.id;
    expect(await confirmAgreement(s.alex, pendingId)).toEqual({ inForce: false });
    expect((await db.couple.findUniqueOrThrow({ where: { id: s.couple.id } })).confidentiality).toBe(
      "NO_SECRETS",
    );
    // Confirming twice changes nothing.
    expect(await confirmAgreement(s.alex, pendingId)).toEqual({ inForce: false });

    expect(await confirmAgreement(s.sam, pendingId)).toEqual({ inForce: true });
    const settings = await getPrivacySettings(s.sam);
    expect(settings.couple).toMatchObject({
      confidentiality: "LIMITED_SECRETS",
      confidentialityNote: "I will tell you when something cannot stay private.",
    });

    const after = await agreementHistoryForClinician(s.clinician, s.couple.id);
    expect(after.map((h) => h.status)).toEqual(["IN_FORCE", "SUPERSEDED"]);
    expect(after[0]!.partners.map((p) => p.confirmedAt !== null)).toEqual([true, true]);
    expect(after[1]!.endedAt).not.toBeNull();
    await expect(confirmAgreement(s.alex, pendingId)).rejects.toMatchObject({ status: 409 });

    const events = await db.auditEvent.findMany({
      where: { subjectId: s.couple.id, action: { startsWith: "couple.agreement" } },
      select: { action: true, clientId: true, metadata: true },
    });
    expect(
      events
        .filter((e) => e.action === "couple.agreement_proposed")
        .map((e) => e.clientId)
        .sort(),
    ).toEqual([s.alex.userId, s.sam.userId].sort());
    expect(events.filter((e) => e.action === "couple.agreement_confirmed")).toHaveLength(3);
    // Never the note's words in the audit trail.
    expect(JSON.stringify(events)).not.toContain("cannot stay private");
  });

  it("a newer proposal replaces one still waiting; proposing the agreement in force withdraws it", async () => {
    const s = await scenario();
    await proposeAgreementChange(s.clinician, {
      coupleId: s.couple.id,
      confidentiality: "LIMITED_SECRETS",
      note: null,
    });
    const first = (await myAgreementHistory(s.sam))[0]!;
    await confirmAgreement(s.sam, first.id);
    await proposeAgreementChange(s.clinician, {
      coupleId: s.couple.id,
      confidentiality: "LIMITED_SECRETS",
      note: "With a note this time.",
    });
    // The earlier proposal is withdrawn: Sam's confirmation of it does not carry over.
    await expect(confirmAgreement(s.alex, first.id)).rejects.toMatchObject({ status: 409 });
    const second = (await myAgreementHistory(s.sam))[0]!;
    expect(second.partners.every((p) => p.confirmedAt === null)).toBe(true);

    await proposeAgreementChange(s.clinician, {
      coupleId: s.couple.id,
      confidentiality: "NO_SECRETS",
      note: null,
    });
    expect((await myAgreementHistory(s.sam)).map((h) => h.status)).toEqual([
      "WITHDRAWN",
      "WITHDRAWN",
      "IN_FORCE",
    ]);
    // Nothing waiting, and the same agreement again: refused.
    await expect(
      proposeAgreementChange(s.clinician, {
        coupleId: s.couple.id,
        confidentiality: "NO_SECRETS",
        note: null,
      }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("only the couple's clinician proposes; only its partners confirm", async () => {
    const s = await scenario();
    const other = await scenario();
    await expect(
      proposeAgreementChange(other.clinician, {
        coupleId: s.couple.id,
        confidentiality: "LIMITED_SECRETS",
        note: null,
      }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      proposeAgreementChange(s.alex, {
        coupleId: s.couple.id,
        confidentiality: "LIMITED_SECRETS",
        note: null,
      }),
    ).rejects.toMatchObject({ status: 403 });
    await proposeAgreementChange(s.clinician, {
      coupleId: s.couple.id,
      confidentiality: "LIMITED_SECRETS",
      note: null,
    });
    const pending = (await myAgreementHistory(s.alex))[0]!;
    await expect(confirmAgreement(other.alex, pending.id)).rejects.toMatchObject({ status: 404 });
    await expect(confirmAgreement(s.clinician, pending.id)).rejects.toMatchObject({ status: 403 });
    await expect(agreementHistoryForClinician(other.clinician, s.couple.id)).rejects.toMatchObject({
      status: 404,
    });
    expect(await myAgreementHistory(other.alex)).toHaveLength(0);
  });
});
