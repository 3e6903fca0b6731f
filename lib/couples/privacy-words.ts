// Every client-facing sentence about who reads an answer, keyed by the confidentiality agreement the
// couple recorded with their therapist (null: a client who is not part of a couple). Written once so
// the home page, the completion page, the sharing choices, the send summary and the privacy page can
// never promise more privacy than the agreement gives: under "no secrets" an answer kept from the
// partner still reaches the therapist, who may bring it into a joint session.
// tests/e2e/trust.spec.ts walks the client pages under each agreement (home, a reflection, the
// messages, the export, the privacy page, an invitation) and fails on a sentence that contradicts
// it. Pure: client components import it.

export { privateChoiceLabel, sharedNote, type Agreement, type PrivacyAgreement } from "./private-choice";
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

/**
 * What happens to what the partner does not see (`what`: any answer, or a private conversation), in
 * a sentence (ends with a full stop).
 */
function therapistOnly(agreement: Agreement, clinicianName: string, what = "any answer"): string {
  return agreement === "NO_SECRETS"
    ? `Under your no-secrets agreement, ${clinicianName} may bring ${what} into a joint session.`
    : `Under your limited-secrets agreement, ${clinicianName} uses their judgement about what stays private and will tell you when something can't.`;
}

/**
 * With a partner's own conversation with the therapist ("Just you and Riley": in the list, on the
 * conversation itself and in the export): "just you" is who reads it, not a promise of privacy the
 * agreement may not keep.
 */
export function privateThreadNote(agreement: Agreement, clinicianName: string): string {
  return therapistOnly(agreement, clinicianName, "anything you write here");
}

/**
 * The invitation's sentence on who sees answers. `agreement`: the couple's, when the invitation
 * joins one; null for someone invited on their own, who may join a couple later, so nothing here
 * promises what a later agreement could take back.
 */
export function invitationSharing(agreement: PrivacyAgreement, clinicianName: string): string {
  if (!agreement) return `${clinicianName} sees what you send. Each answer shows who will see it.`;
  return `${clinicianName} sees what you send. Your partner sees only the answers you choose to share, and only once you have both sent yours. Each answer shows who will see it; “Therapist only” is the default. ${therapistOnly(agreement, clinicianName)}`;
}

/** What the export holds: a partner is mentioned only to someone who has one. */
export function exportScope(agreement: PrivacyAgreement): string {
  return agreement ? "Only what is yours: your partner's answers are not in it." : "Only what is yours.";
}

/**
 * When the partner shared none of their answers. Not "kept between them and your therapist": under
 * no secrets those answers may still come up in a joint session.
 */
export function partnerSharedNone(partnerName: string): string {
  return `${partnerName} chose not to share any of their answers with you this time.`;
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
  /** This person has sent theirs already ("once you send them" would be stale). */
  sent?: boolean;
}): string {
  const { agreement, clinicianName: who, partnerName } = input;
  const partner = partnerName ?? "your partner";
  const once = input.sent ? "" : " once you send them";
  if (!agreement) return `Only ${who} sees your answers${input.sent ? "" : ", once you send them"}.`;
  if (!input.sharing) {
    return `${who} sees your answers${once}; your partner is not on this one and doesn't see them in Mend. ${therapistOnly(agreement, who)}`;
  }
  const when = input.bothSent
    ? `You have both sent yours, so ${partner} can see the answers you shared`
    : `${partner} sees shared answers only after you have both sent yours`;
  return `Your answers go to ${who}; ${partner} sees only those you mark “Share with my partner”. ${when}, and never sees your drafts. ${therapistOnly(agreement, who)}`;
}

/**
 * Above the send button until the first send (rendered on the server: the completion page's
 * JavaScript has no room for sentences). `partnerSent`: the partner has sent theirs already.
 */
export function beforeSendNote(input: {
  clinicianName: string;
  sharing: boolean;
  partnerName: string | null;
  partnerSent: boolean;
}): string {
  const partner = input.partnerName ?? "your partner";
  const when = !input.sharing
    ? ""
    : input.partnerSent
      ? `; ${partner} has sent theirs, so they see the answers you chose to share as soon as you send`
      : `; ${partner} sees only the answers you chose to share, after you have both sent yours`;
  return `Your answers are saved as you go. ${input.clinicianName} sees them once you send them${when}.`;
}

/** The privacy page's sentence on answers that are not shared. */
export function privacyPageUnshared(agreement: Agreement, clinicianName: string, partner: string): string {
  return `${partner} never sees in Mend your drafts, anything you have not sent, or answers you keep “Therapist only”. ${therapistOnly(agreement, clinicianName)}`;
}

/**
 * The send confirmation: who reads what was just sent. `bothSent`: the partner had sent theirs when
 * this was sent (the send's own answer, not what the page knew when it loaded), so what was shared
 * is visible to them now.
 */
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
      : input.bothSent
        ? `You have both sent yours: ${partner} can now see ${sharedCount === 1 ? "the answer" : `the ${sharedCount} answers`} you shared.`
        : `${partner} sees ${answers(sharedCount)} you shared, once you have both sent yours.`;
  const onlyLine =
    privateCount === 0
      ? `${who} sees everything you sent.`
      : agreement
        ? `${who} sees everything; ${answers(privateCount)} ${privateCount === 1 ? "is" : "are"} therapist only (${PRIVATE_MEANING[agreement]}).`
        : `Only ${who} sees your answers.`;
  return { partner: partnerLine, therapistOnly: onlyLine };
}
