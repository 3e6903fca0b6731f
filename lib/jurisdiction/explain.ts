import { COMPACT_LABEL, PROFESSION_SHORT, STATUS_LABEL } from "@/lib/licences/labels";
import { firstName } from "@/lib/text/names";
import { formatDay } from "./dates";
import type { AuthorizationSummary, PersonDecision } from "./rule";
import { stateName } from "./states";

// Words for a jurisdiction decision. `explain` is addressed to the clinician and names the client
// (it is shown only to their own clinician); `auditReason` is stored in AuthorizationCheck and names
// nobody. Pure.

function authorizationWords(a: AuthorizationSummary): string {
  if (a.kind === "COMPACT_PRIVILEGE") return `${a.compact ? COMPACT_LABEL[a.compact] : "compact"} privilege`;
  if (a.kind === "MULTISTATE_LICENSE") return `multistate ${PROFESSION_SHORT[a.profession]} licence`;
  return `${PROFESSION_SHORT[a.profession]} licence`;
}

/**
 * What the clinician was about to do. Assigning, changing, reviewing and commenting on work are all
 * treatment (jurisdiction.md §2): one rule, only the words differ.
 */
export type TreatmentPurpose = "assign" | "change" | "review" | "message";

const REFUSAL: Record<TreatmentPurpose, (who: string) => string> = {
  assign: (who) => `You can't assign work to ${who}`,
  change: (who) => `You can't change ${who}'s work`,
  review: (who) => `You can't review or comment on ${who}'s work`,
  // Answering a client's message is asynchronous treatment (jurisdiction.md §2), gated the same way.
  message: (who) => `You can't write to ${who} now`,
};

/** One sentence: why the clinician can (or can't) assign (change, review) work for this person. */
export function explain(
  decision: PersonDecision,
  clientName: string,
  timeZone: string,
  purpose: TreatmentPurpose = "assign",
): string {
  const who = firstName(clientName);
  const where = stateName(decision.state);
  if (decision.allowed) {
    return `${who} is in ${where}, where your ${authorizationWords(decision.authorization)} is active and verified (until ${formatDay(decision.authorization.expiresAt, timeZone)}).`;
  }
  const refuse = REFUSAL[purpose](who);
  const yours = decision.authorization ? `your ${where} ${authorizationWords(decision.authorization)}` : "";
  switch (decision.code) {
    case "location_unknown":
      return `${refuse}: ${who} hasn't told Mend where they are located yet. They are asked to confirm it on their home page.`;
    case "location_stale":
      return `${refuse}: ${who} last confirmed being in ${where} on ${formatDay(decision.attestedAt!, timeZone)}, more than ${decision.maxAgeDays} days ago. They need to re-confirm where they are (they see a reminder on their home page).`;
    case "no_authorization":
      return `${refuse}: ${who} is in ${where} and you hold no active, verified ${where} licence or compact privilege.`;
    case "licence_not_active":
      return `${refuse}: ${who} is in ${where} and ${yours} is recorded as ${STATUS_LABEL[decision.authorization!.status].toLowerCase()}.`;
    case "licence_expired":
      return `${refuse}: ${who} is in ${where} and ${yours} expired on ${formatDay(decision.authorization!.expiresAt, timeZone)}.`;
    case "licence_not_yet_valid":
      return `${refuse}: ${who} is in ${where} and ${yours} only takes effect on ${formatDay(decision.authorization!.issuedAt!, timeZone)}.`;
    case "licence_unverified":
      return `${refuse}: ${who} is in ${where} and ${yours} has not been verified by your practice admin yet.`;
    case "privilege_home_invalid": {
      const home = decision.authorization?.homeState
        ? ` in ${stateName(decision.authorization.homeState)}`
        : "";
      return `${refuse}: ${who} is in ${where}. ${capitalise(yours)} depends on your home-state licence${home}, which is not on record as active, current and verified.`;
    }
    case "resident_needs_supervisor":
      return `${refuse}: ${who} is in ${where} and ${yours} is a resident licence, which needs a supervisor on record. Mend doesn't record supervisors yet.`;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Stored with every check: the decision and its facts, with no names. */
export function auditReason(decision: PersonDecision): string {
  const state = decision.state ?? "unknown";
  switch (decision.code) {
    case "allowed":
      return `allowed: ${decision.authorization.kind} ${decision.authorization.profession} in ${state} is active, unexpired and verified`;
    case "location_unknown":
      return "location_unknown: the client has no attested location";
    case "location_stale":
      return `location_stale: location ${state} attested ${decision.attestedAt!.toISOString()}, older than ${decision.maxAgeDays} days`;
    case "no_authorization":
      return `no_authorization: no authorization recorded in ${state}`;
    default:
      return `${decision.code}: ${decision.authorization!.kind} ${decision.authorization!.profession} in ${state} (status ${decision.authorization!.status}, expires ${decision.authorization!.expiresAt.toISOString()})`;
  }
}
