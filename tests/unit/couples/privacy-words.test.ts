import { describe, expect, it } from "vitest";
import {
  agreementLine,
  completionSummary,
  homeCoupleSummary,
  privacyPageUnshared,
  privateChoiceLabel,
  sendSummary,
} from "@/lib/couples/privacy-words";

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
});
