// API shapes for the individual safety screen a clinician records for each partner before a couple
// shares anything. Pure: the clinician's form imports the types and labels too.
import { z } from "zod";

export const SAFETY_SCREEN_OUTCOMES = ["NOT_YET", "NO_CONCERN", "CONCERN"] as const;
export type SafetyScreenOutcome = (typeof SAFETY_SCREEN_OUTCOMES)[number];

/** Clinician-facing words. Never shown to a client: a partner must not learn the other's screen. */
export const SAFETY_SCREEN_LABEL: Record<SafetyScreenOutcome, string> = {
  NOT_YET: "Not screened yet",
  NO_CONCERN: "Screened: no concern",
  CONCERN: "Screened: concern",
};

export const recordSafetyScreenBody = z.strictObject({
  outcome: z
    .enum(SAFETY_SCREEN_OUTCOMES)
    .describe(
      "Outcome of the individual screen (intimate partner violence, coercive control): NOT_YET, NO_CONCERN or CONCERN",
    ),
});
export type RecordSafetyScreenInput = z.infer<typeof recordSafetyScreenBody>;

export const safetyScreenDto = z.object({
  clientId: z.string(),
  outcome: z.enum(SAFETY_SCREEN_OUTCOMES),
  /** When the outcome was last recorded; null while it has never been. */
  screenedAt: z.string().nullable(),
  /** For a partner in a couple: whether both partners are now screened "no concern" (sharing on). */
  coupleSharingCleared: z.boolean().nullable(),
});
export type SafetyScreenDto = z.infer<typeof safetyScreenDto>;

/**
 * What a partner is told when sharing is paused. The same words whichever partner is not cleared,
 * and nothing about a screen: one partner must never learn anything about the other's.
 */
export const SHARING_PAUSED_MESSAGE =
  "Sharing between partners is not turned on for this work yet. Your therapist turns it on when it is right for your work together; until then, your answers go only to your therapist.";
