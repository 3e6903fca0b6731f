import { z } from "zod";
import { locationEntryDto } from "@/lib/locations/schemas";

export const clientSummaryDto = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  coupleId: z.string().nullable(),
  state: z.string().nullable(),
  stateName: z.string().nullable(),
  locationAttestedAt: z.string().nullable(),
  /** "unknown" or "stale" when the client must (re-)confirm where they are before new work. */
  locationNeedsConfirmation: z.enum(["unknown", "stale"]).nullable(),
  /** When they were discharged (no new work; read and export for a while); null while in care. */
  dischargedAt: z.string().nullable(),
});
export type ClientSummaryDto = z.infer<typeof clientSummaryDto>;

export const coupleSummaryDto = z.object({
  id: z.string(),
  name: z.string(),
  confidentiality: z.enum(["NO_SECRETS", "LIMITED_SECRETS"]),
  partners: z.array(clientSummaryDto),
  pendingInvitations: z.number().int(),
});
export type CoupleSummaryDto = z.infer<typeof coupleSummaryDto>;

export const clientListDto = z.object({
  individuals: z.array(clientSummaryDto),
  couples: z.array(coupleSummaryDto),
});
export type ClientListDto = z.infer<typeof clientListDto>;

export const clientDetailDto = clientSummaryDto.extend({
  couple: z.object({ id: z.string(), name: z.string() }).nullable(),
  consentAcceptedAt: z.string().nullable(),
  joinedAt: z.string(),
  closed: z.boolean(),
  locationHistory: z.array(locationEntryDto),
});
export type ClientDetailDto = z.infer<typeof clientDetailDto>;

export const coupleDetailDto = z.object({
  id: z.string(),
  name: z.string(),
  confidentiality: z.enum(["NO_SECRETS", "LIMITED_SECRETS"]),
  confidentialityNote: z.string().nullable(),
  createdAt: z.string(),
  partners: z.array(clientSummaryDto),
});
export type CoupleDetailDto = z.infer<typeof coupleDetailDto>;
