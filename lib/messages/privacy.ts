import { privateThreadNote, type PrivacyAgreement } from "@/lib/couples/privacy-words";

// What a client's own conversation with their therapist ("Just you and Riley") means under the
// couple's agreement: the list of conversations, the conversation and the export all say it, in the
// words of lib/couples/privacy-words.ts. Pure.

/**
 * The sentence under a client's own thread when they are part of a couple (the joint one is read by
 * both partners and needs none; an individual client is told nothing about joint sessions). A thread
 * made before the client joined a couple is still INDIVIDUAL: it is theirs alone all the same.
 */
export function threadPrivacyNote(
  kind: string,
  agreement: PrivacyAgreement,
  clinicianName: string | null,
): string | null {
  if (!agreement || kind === "JOINT") return null;
  return privateThreadNote(agreement, clinicianName ?? "your therapist");
}
