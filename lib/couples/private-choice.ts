// The privacy words the completion page needs in the browser (every answer's "who sees this"),
// apart from ./privacy-words.ts so the page's JavaScript does not carry every other sentence.

export type Agreement = "NO_SECRETS" | "LIMITED_SECRETS";

/** The agreement a client works under; null when they are not part of a couple. */
export type PrivacyAgreement = Agreement | null;

/** What "not shared with my partner" means under each agreement, after "Therapist only". */
export const PRIVATE_MEANING = {
  NO_SECRETS: "may come up in joint sessions",
  LIMITED_SECRETS: "kept private at their judgement",
} as const;

/** The choice (and read-only label) for an answer not shared with the partner. */
export function privateChoiceLabel(agreement: PrivacyAgreement): string {
  return agreement ? `Therapist only; ${PRIVATE_MEANING[agreement]}` : "Only your therapist";
}

/**
 * Under an answer marked shared: when the partner sees it. `bothSent`: both partners have sent
 * theirs (known from the page, or from the send itself), so it is visible to them already.
 */
export function sharedNote(partner: string, bothSent: boolean | undefined): string {
  return bothSent
    ? `Shared with ${partner}.`
    : `${partner} will see this answer once you have both sent yours.`;
}
