// Who sees an answer, and who a feedback on it will reach, in the clinician's prep view. Pure, so
// the words are tested against the same rule lib/review/visibility.ts applies when feedback is read.
//
// A couple's sharing is paused while a partner is not screened "no concern" (lib/safety): an answer
// marked shared is then not shown to the partner, and feedback on it reaches only its author. The
// words say so plainly and neutrally (the clinician knows why; the page never says whose screen).
import { firstName } from "@/lib/text/names";
import type { PrepAnswerDto, PrepCopyDto } from "./schemas";

type Answer = Pick<PrepAnswerDto, "shared" | "lines">;
type Copy = Pick<PrepCopyDto, "name" | "revision">;

/** The tag on one answer; null for a blank answer (nothing to see). */
export function privacyTag(
  answer: Answer,
  partnerName: string | null,
  paused: boolean,
): { kind: "shared" | "paused" | "private"; text: string } | null {
  if (answer.lines.length === 0) return null;
  const them = partnerName ? firstName(partnerName) : "their partner";
  if (answer.shared && paused) return { kind: "paused", text: `Sharing paused · ${them} does not see this` };
  if (answer.shared) return { kind: "shared", text: `Shared with ${them}` };
  return { kind: "private", text: "Private · only you" };
}

/** The sentence under the feedback choice: who will read a feedback on this answer. */
export function feedbackAudience(
  copy: Copy,
  answer: Answer | null,
  partner: Copy | null,
  forCouple: boolean,
  paused: boolean,
): string {
  const me = firstName(copy.name);
  if (answer?.shared && forCouple && paused) return `Sharing paused: only ${me} sees this.`;
  if (!answer || !answer.shared || !forCouple) return `${me} will see this feedback with their answers.`;
  const them = partner ? firstName(partner.name) : "their partner";
  if (partner && partner.revision !== null)
    return `${me} and ${them} will both see this, because ${me} shared this answer.`;
  return `${me} will see this. ${them} will see it too once they have sent theirs, because ${me} shared this answer.`;
}

/** The feedback choice names everyone who will read it ("Feedback Alex and Sam see" when both will). */
export function feedbackLabel(
  copy: Copy,
  answer: Answer,
  partner: Copy | null,
  forCouple: boolean,
  paused: boolean,
): string {
  const me = firstName(copy.name);
  if (!answer.shared || !forCouple || !partner || paused) return `Feedback ${me} sees`;
  const them = firstName(partner.name);
  return partner.revision !== null
    ? `Feedback ${me} and ${them} see`
    : `Feedback ${me} sees (${them} too, once they send theirs)`;
}
