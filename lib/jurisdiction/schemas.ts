import { z } from "zod";
import { idParam } from "@/lib/http/operation";

export const jurisdictionCheckQuery = z
  .object({ clientId: idParam.optional(), coupleId: idParam.optional() })
  .refine((q) => (q.clientId ? 1 : 0) + (q.coupleId ? 1 : 0) === 1, {
    message: "Give exactly one of clientId or coupleId.",
  });

export const denialCodes = [
  "location_unknown",
  "location_stale",
  "no_authorization",
  "licence_not_active",
  "licence_expired",
  "licence_not_yet_valid",
  "licence_unverified",
  "privilege_home_invalid",
  "resident_needs_supervisor",
] as const;

export const personCheckDto = z.object({
  clientId: z.string(),
  name: z.string(),
  /** Two-letter code of the client's latest attested location, or null when none is on record. */
  state: z.string().nullable(),
  stateName: z.string().nullable(),
  attestedAt: z.string().nullable(),
  allowed: z.boolean(),
  code: z.enum(["allowed", ...denialCodes]),
  /** One sentence for the clinician: why they can or cannot assign work to this person. */
  message: z.string(),
  /** The licence or privilege that allowed it, or came closest. */
  authorizationId: z.string().nullable(),
});
export type PersonCheckDto = z.infer<typeof personCheckDto>;

export const jurisdictionCheckDto = z.object({
  allowed: z.boolean(),
  checkedAt: z.string(),
  people: z.array(personCheckDto),
});
export type JurisdictionCheckDto = z.infer<typeof jurisdictionCheckDto>;
