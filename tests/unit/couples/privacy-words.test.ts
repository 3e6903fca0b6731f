import { describe, expect, it } from "vitest";
import {
  agreementLine,
  beforeSendNote,
  completionSummary,
  exportScope,
  homeCoupleSummary,
  invitationSharing,
  partnerSharedNone,
  privacyPageUnshared,
  privateChoiceLabel,
  privateThreadNote,
  sendSummary,
  sharedNote,
} from "@/lib/couples/privacy-words";
import { threadPrivacyNote } from "@/lib/messages/privacy";

const WHO = "Dr. Riley Morgan";

describe("privacy words follow the couple's agreement", () => {
  it("under no secrets, every sentence says private answers may come up in joint sessions", () => {
    expect(privateChoiceLabel("NO_SECRETS")).toBe("Therapist only; may come up in joint sessions");
    expect(agreementLine("NO_SECRETS", WHO)).toContain("may come up in joint sessions");
    for (const sentence of [
      homeCoupleSummary("NO_SECRETS", WHO),
      privacyPageUnshared("NO_SECRETS", WHO, "Sam"),
      completionSummary({
        agreement: "NO_SECRETS",
        clinicianName: WHO,
        sharing: true,
        partnerName: "Sam",
        bothSent: false,
      }),
      completionSummary({
        agreement: "NO_SECRETS",
        clinicianName: WHO,
        sharing: false,
        partnerName: null,
        bothSent: false,
      }),
    ]) {
      expect(sentence).toContain("joint session");
      expect(sentence).not.toMatch(/between you and|just for you|judgement/i);
    }
  });

  it("under limited secrets, the therapist's judgement, never 'no secrets'", () => {
    expect(privateChoiceLabel("LIMITED_SECRETS")).toBe("Therapist only; kept private at their judgement");
    for (const sentence of [
      agreementLine("LIMITED_SECRETS", WHO),
      homeCoupleSummary("LIMITED_SECRETS", WHO),
      completionSummary({
        agreement: "LIMITED_SECRETS",
        clinicianName: WHO,
        sharing: true,
        partnerName: "Sam",
        bothSent: true,
      }),
    ]) {
      expect(sentence).not.toMatch(/no[- ]secrets|joint sessions?\b(?!.*judgement)/i);
    }
  });

  it("outside a couple, nothing about partners or joint sessions", () => {
    expect(privateChoiceLabel(null)).toBe("Only your therapist");
    const text = completionSummary({
      agreement: null,
      clinicianName: WHO,
      sharing: false,
      partnerName: null,
      bothSent: false,
    });
    expect(text).toBe(`Only ${WHO} sees your answers, once you send them.`);
    // Once sent (or reviewed), no "once you send them" any more.
    expect(
      completionSummary({
        agreement: null,
        clinicianName: WHO,
        sharing: false,
        partnerName: null,
        bothSent: false,
        sent: true,
      }),
    ).toBe(`Only ${WHO} sees your answers.`);
    expect(
      completionSummary({
        agreement: "NO_SECRETS",
        clinicianName: WHO,
        sharing: false,
        partnerName: null,
        bothSent: false,
        sent: true,
      }),
    ).not.toContain("once you send");
    expect(
      sendSummary({
        agreement: null,
        clinicianName: WHO,
        partnerName: null,
        sharedCount: 0,
        privateCount: 3,
        bothSent: false,
      }),
    ).toEqual({ partner: null, therapistOnly: `Only ${WHO} sees your answers.` });
  });

  it("the send summary counts what the partner sees and what stays with the therapist", () => {
    expect(
      sendSummary({
        agreement: "NO_SECRETS",
        clinicianName: WHO,
        partnerName: "Sam",
        sharedCount: 1,
        privateCount: 2,
        bothSent: false,
      }),
    ).toEqual({
      partner: "Sam sees 1 answer you shared, once you have both sent yours.",
      therapistOnly: `${WHO} sees everything; 2 answers are therapist only (may come up in joint sessions).`,
    });
    expect(
      sendSummary({
        agreement: "LIMITED_SECRETS",
        clinicianName: WHO,
        partnerName: "Sam",
        sharedCount: 0,
        privateCount: 1,
        bothSent: true,
      }),
    ).toEqual({
      partner: "Sam sees none of your answers in Mend.",
      therapistOnly: `${WHO} sees everything; 1 answer is therapist only (kept private at their judgement).`,
    });
  });

  // Issue 19: "once you have both sent yours" must not outlive the second send.
  describe("the send summary in either order", () => {
    const STALE = /once you have both|after you have both|after both|only after/i;
    const base = {
      agreement: "NO_SECRETS" as const,
      clinicianName: WHO,
      partnerName: "Sam",
      sharedCount: 2,
      privateCount: 1,
    };

    it("the first to send is told the partner sees what was shared once both have sent", () => {
      expect(sendSummary({ ...base, bothSent: false }).partner).toBe(
        "Sam sees 2 answers you shared, once you have both sent yours.",
      );
      expect(sharedNote("Sam", false)).toBe("Sam will see this answer once you have both sent yours.");
      expect(
        completionSummary({
          agreement: "NO_SECRETS",
          clinicianName: WHO,
          sharing: true,
          partnerName: "Sam",
          bothSent: false,
        }),
      ).toContain("Sam sees shared answers only after you have both sent yours");
    });

    it("before sending, the note says whether the partner has sent already", () => {
      const note = { clinicianName: WHO, sharing: true, partnerName: "Alex" };
      expect(beforeSendNote({ ...note, partnerSent: false })).toBe(
        `Your answers are saved as you go. ${WHO} sees them once you send them; Alex sees only the answers you chose to share, after you have both sent yours.`,
      );
      expect(beforeSendNote({ ...note, partnerSent: true })).toBe(
        `Your answers are saved as you go. ${WHO} sees them once you send them; Alex has sent theirs, so they see the answers you chose to share as soon as you send.`,
      );
      expect(beforeSendNote({ ...note, sharing: false, partnerName: null, partnerSent: false })).toBe(
        `Your answers are saved as you go. ${WHO} sees them once you send them.`,
      );
    });

    it("the second to send is told what is true now: the partner can see the shared answers", () => {
      for (const agreement of ["NO_SECRETS", "LIMITED_SECRETS"] as const) {
        const summary = sendSummary({ ...base, agreement, bothSent: true });
        expect(summary.partner).toBe("You have both sent yours: Sam can now see the 2 answers you shared.");
        expect(summary.partner).not.toMatch(STALE);
        expect(summary.therapistOnly).not.toMatch(STALE);
        expect(
          completionSummary({
            agreement,
            clinicianName: WHO,
            sharing: true,
            partnerName: "Sam",
            bothSent: true,
          }),
        ).not.toMatch(STALE);
      }
      expect(sendSummary({ ...base, sharedCount: 1, bothSent: true }).partner).toBe(
        "You have both sent yours: Sam can now see the answer you shared.",
      );
      expect(sharedNote("Sam", true)).toBe("Shared with Sam.");
      // Nothing shared: nothing about when the partner sees it, whoever sent first.
      for (const bothSent of [false, true]) {
        expect(sendSummary({ ...base, sharedCount: 0, bothSent }).partner).toBe(
          "Sam sees none of your answers in Mend.",
        );
      }
    });
  });

  it("a private conversation with the therapist carries the agreement's caveat; the joint one and individuals none", () => {
    expect(privateThreadNote("NO_SECRETS", "Riley Morgan")).toBe(
      "Under your no-secrets agreement, Riley Morgan may bring anything you write here into a joint session.",
    );
    expect(privateThreadNote("LIMITED_SECRETS", "Riley Morgan")).toMatch(/judgement/);
    expect(privateThreadNote("LIMITED_SECRETS", "Riley Morgan")).not.toMatch(/no[- ]secrets|joint session/i);
    expect(threadPrivacyNote("PRIVATE", "NO_SECRETS", "Riley Morgan")).toBe(
      privateThreadNote("NO_SECRETS", "Riley Morgan"),
    );
    // A thread made before the client joined a couple is still theirs alone.
    expect(threadPrivacyNote("INDIVIDUAL", "NO_SECRETS", null)).toContain("your therapist may bring");
    expect(threadPrivacyNote("JOINT", "NO_SECRETS", "Riley Morgan")).toBeNull();
    expect(threadPrivacyNote("INDIVIDUAL", null, "Riley Morgan")).toBeNull();
  });

  it("nothing shared by the partner, or an export, promises what an agreement may not keep", () => {
    expect(partnerSharedNone("Sam")).toBe("Sam chose not to share any of their answers with you this time.");
    expect(partnerSharedNone("Sam")).not.toMatch(/between|private|therapist/i);
    expect(exportScope("NO_SECRETS")).toContain("your partner's answers are not in it");
    expect(exportScope(null)).toBe("Only what is yours.");
  });

  it("the invitation never calls a private answer private under no secrets, and promises an individual nothing", () => {
    const noSecrets = invitationSharing("NO_SECRETS", WHO);
    expect(noSecrets).toContain("may bring any answer into a joint session");
    expect(noSecrets).not.toMatch(/private to your therapist|only your therapist|judgement/i);
    const limited = invitationSharing("LIMITED_SECRETS", WHO);
    expect(limited).toMatch(/judgement/);
    expect(limited).not.toMatch(/no[- ]secrets|joint session/i);
    const alone = invitationSharing(null, WHO);
    expect(alone).toBe(`${WHO} sees what you send. Each answer shows who will see it.`);
    expect(alone).not.toMatch(/private|partner|joint/i);
  });
});
