import { z } from "zod";

// A couple's confidentiality agreement over time: a clinician proposes a change, both partners
// confirm it, and only then does it replace the one in force (lib/couples/agreement.ts).

export const confidentialitySchema = z.enum(["NO_SECRETS", "LIMITED_SECRETS"]);

export const proposeAgreementSchema = z.object({
  coupleId: z.string().min(1).max(64),
  confidentiality: confidentialitySchema,
  note: z
    .string()
    .max(2000)
    .transform((s) => (s.trim() ? s.trim() : null))
    .nullable(),
});
export type ProposeAgreementInput = z.infer<typeof proposeAgreementSchema>;

export const confirmAgreementSchema = z.object({ agreementId: z.string().min(1).max(64) });

export type AgreementStatus = "PENDING" | "IN_FORCE" | "SUPERSEDED" | "WITHDRAWN";

export type AgreementHistoryItem = {
  id: string;
  confidentiality: z.infer<typeof confidentialitySchema>;
  note: string | null;
  status: AgreementStatus;
  proposedAt: Date;
  inForceAt: Date | null;
  endedAt: Date | null;
  /** Each current partner, and when they confirmed this version (null: not yet). */
  partners: { clientId: string; name: string; confirmedAt: Date | null }[];
};
