import { z } from "zod";

// Discharge, re-admission and closure of a client's care. Pure.

/**
 * How long a discharged client keeps read and export access: they can sign in, read what they
 * wrote and download it, but receive no new work. Then the daily retention job ends their sign-in
 * (docs/deployment.md, "Discharge and retention").
 */
export const DISCHARGE_ACCESS_DAYS = 90;
export const DISCHARGE_ACCESS_MS = DISCHARGE_ACCESS_DAYS * 86_400_000;

/** The ISO instant a discharged client's read-and-export access ends. */
export function dischargeAccessEnds(dischargedAt: string): string {
  return new Date(new Date(dischargedAt).getTime() + DISCHARGE_ACCESS_MS).toISOString();
}

/** The word typed (or sent) to confirm: checked by the service after the scope, so a stranger still gets a 404. */
export const DISCHARGE_CONFIRM = "DISCHARGE";
export const CLOSE_CONFIRM = "CLOSE";

export const confirmBody = z
  .object({
    confirm: z.string().max(20).describe(`"${DISCHARGE_CONFIRM}" to discharge, "${CLOSE_CONFIRM}" to close`),
  })
  .strict();
export type ConfirmBody = z.infer<typeof confirmBody>;

export const careStatusDto = z.object({
  clients: z.array(
    z.object({
      id: z.string(),
      /** When they were discharged; null while in care. */
      dischargedAt: z.string().nullable(),
      /** Until when a discharged client may still sign in to read and export; null while in care. */
      accessEndsAt: z.string().nullable(),
      closed: z.boolean(),
    }),
  ),
});
export type CareStatus = z.infer<typeof careStatusDto>;
