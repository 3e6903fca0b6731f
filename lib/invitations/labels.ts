// Words for a couple's confidentiality agreement. Pure: safe in client components.

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
