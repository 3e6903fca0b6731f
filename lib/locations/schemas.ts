import { z } from "zod";
import { STATE_CODES } from "@/lib/jurisdiction/states";

export const stateCode = z.enum(STATE_CODES, { error: "Choose a US state." });

export const confirmLocationBody = z.object({ state: stateCode });
export type ConfirmLocationBody = z.infer<typeof confirmLocationBody>;

export const myLocationDto = z.object({
  state: z.string().nullable(),
  stateName: z.string().nullable(),
  attestedAt: z.string().nullable(),
  /** The practice's setting: a location older than this many days must be re-confirmed. */
  maxAgeDays: z.number().int(),
  /** "unknown": never given; "stale": older than maxAgeDays; null: current. */
  needsConfirmation: z.enum(["unknown", "stale"]).nullable(),
});
export type MyLocationDto = z.infer<typeof myLocationDto>;

export const locationEntryDto = z.object({
  state: z.string(),
  stateName: z.string(),
  source: z.enum(["SELF_ATTESTED", "APPOINTMENT_ATTESTED", "SUBMISSION"]),
  attestedAt: z.string(),
});
export type LocationEntryDto = z.infer<typeof locationEntryDto>;
