// Every client-facing sentence about who reads an answer, keyed by the confidentiality agreement the
// couple recorded with their therapist (null: a client who is not part of a couple). Written once so
// the home page, the completion page, the sharing choices, the send summary and the privacy page can
// never promise more privacy than the agreement gives: under "no secrets" an answer kept from the
// partner still reaches the therapist, who may bring it into a joint session.
// tests/e2e/privacy-words.spec.ts walks the client pages under each agreement and fails on a sentence
// that contradicts it. Pure: client components import it.

export { privateChoiceLabel, type Agreement, type PrivacyAgreement } from "./private-choice";
import { PRIVATE_MEANING, type Agreement, type PrivacyAgreement } from "./private-choice";

export const CONFIDENTIALITY_LABEL = {
  NO_SECRETS: "No secrets",
  LIMITED_SECRETS: "Limited secrets",
} as const;

export const CONFIDENTIALITY_DESCRIPTION = {
  NO_SECRETS:
    "Anything either partner tells the therapist on their own, including answers in Mend that are private to the therapist, may be brought into joint sessions.",
  LIMITED_SECRETS:
    "The therapist may keep some things one partner shares on their own private, using their professional judgement, and will tell you when something cannot stay private.",
} as const;

/** One line at the top of a couple's reflection: the agreement and what it means here. */
export function agreementLine(agreement: Agreement, clinicianName: string): string {
  return agreement === "NO_SECRETS"
    ? `Your agreement: no secrets. What you tell ${clinicianName} alone may come up in joint sessions.`
    : `Your agreement: limited secrets. ${clinicianName} decides what stays private and will tell you when something can't.`;
}

/** What happens to answers the partner does not see, in a sentence (ends with a full stop). */
function therapistOnly(agreement: Agreement, clinicianName: string): string {
  return agreement === "NO_SECRETS"
    ? `Under your no-secrets agreement, ${clinicianName} may bring any answer into a joint session.`
    : `Under your limited-secrets agreement, ${clinicianName} uses their judgement about what stays private and will tell you when something can't.`;
}

/** The home page's card for a client in a couple. */
export function homeCoupleSummary(agreement: Agreement, clinicianName: string): string {
  return `You are working on this together. Your partner sees only the answers you choose to share. ${therapistOnly(agreement, clinicianName)}`;
}

/**
 * The completion page's summary above the questions. `sharing`: the partner is on this assignment
 * too (answers can be shared); `bothSent`: both have sent theirs.
 */
export function completionSummary(input: {
  agreement: PrivacyAgreement;
  clinicianName: string;
  sharing: boolean;
  partnerName: string | null;
  bothSent: boolean;
}): string {
  const { agreement, clinicianName: who, partnerName } = input;
  const partner = partnerName ?? "your partner";
  if (!agreement) return `Only ${who} sees your answers, once you send them.`;
  if (!input.sharing) {
    return `${who} sees your answers once you send them; your partner is not on this one and doesn't see them in Mend. ${therapistOnly(agreement, who)}`;
  }
  const when = input.bothSent
    ? `You have both sent yours, so ${partner} can see the answers you shared`
    : `${partner} sees shared answers only after you have both sent yours`;
  return `Your answers go to ${who}; ${partner} sees only those you mark “Share with my partner”. ${when}, and never sees your drafts. ${therapistOnly(agreement, who)}`;
}

/** The privacy page's sentence on answers that are not shared. */
export function privacyPageUnshared(agreement: Agreement, clinicianName: string, partner: string): string {
  return `${partner} never sees in Mend your drafts, anything you have not sent, or answers you keep “Therapist only”. ${therapistOnly(agreement, clinicianName)}`;
}

/** The send confirmation: who reads what was just sent. */
export function sendSummary(input: {
  agreement: PrivacyAgreement;
  clinicianName: string;
  partnerName: string | null;
  sharedCount: number;
  privateCount: number;
  bothSent: boolean;
}): { partner: string | null; therapistOnly: string } {
  const { agreement, clinicianName: who, sharedCount, privateCount } = input;
  const partner = input.partnerName ?? "Your partner";
  const answers = (n: number) => (n === 1 ? "1 answer" : `${n} answers`);
  const partnerLine = !agreement
    ? null
    : sharedCount === 0
      ? `${partner} sees none of your answers in Mend.`
      : `${partner} sees ${answers(sharedCount)} you shared${input.bothSent ? " now" : ", once you have both sent yours"}.`;
  const onlyLine =
    privateCount === 0
      ? `${who} sees everything you sent.`
      : agreement
        ? `${who} sees everything; ${answers(privateCount)} ${privateCount === 1 ? "is" : "are"} therapist only (${PRIVATE_MEANING[agreement]}).`
        : `Only ${who} sees your answers.`;
  return { partner: partnerLine, therapistOnly: onlyLine };
}
