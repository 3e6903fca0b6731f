import { z } from "zod";
import { isValidTimeZone } from "@/lib/time/zones";

// The practice-wide settings an admin changes (admin page "Practice", PATCH /api/v1/practice/settings).
// Pure. Every field is optional in a change: what is left out stays as it is.

/** Words offered on the settings page; any other plain noun is accepted too. */
export const SUGGESTED_WORK_WORDS = ["reflection", "homework", "exercise", "practice", "assignment"] as const;

export const practiceSettingsDto = z.object({
  name: z.string(),
  timeZone: z.string(),
  /** The practice's word for between-session work, singular and lower-case ("reflection", "homework"). */
  workWord: z.string(),
  retentionYears: z.number().int(),
  locationMaxAgeDays: z.number().int(),
  requireTwoFactor: z.boolean(),
});
export type PracticeSettings = z.infer<typeof practiceSettingsDto>;

export const practiceSettingsBody = z
  .object({
    name: z.string().trim().min(2, "At least 2 characters").max(120, "At most 120 characters"),
    timeZone: z
      .string()
      .trim()
      .refine(isValidTimeZone, { message: "Choose a time zone from the list, like America/Chicago" }),
    workWord: z
      .string()
      .trim()
      .toLowerCase()
      .min(2, "At least 2 letters")
      .max(30, "At most 30 characters")
      .regex(/^[a-z]+(?:[ -][a-z]+)*$/, "Letters only, one word or two (like homework or check-in)"),
    // US state rules keep therapy records 5 to 10 years after last service (longer for minors): the
    // bounds stop a typo from purging records early or keeping them for ever.
    retentionYears: z.number().int().min(5, "At least 5 years").max(30, "At most 30 years"),
    locationMaxAgeDays: z.number().int().min(1, "At least 1 day").max(365, "At most 365 days"),
    requireTwoFactor: z.boolean(),
  })
  .partial()
  .strict();
export type PracticeSettingsChange = z.infer<typeof practiceSettingsBody>;
