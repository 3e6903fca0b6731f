import { z } from "zod";

// What the clinician sees of an open risk alert, and the acknowledgement form.

export type RiskAlertDto = {
  id: string;
  kind: "SELF_HARM_ITEM" | "LOW_SAFETY";
  /** What was answered, in the clinician's words (pages only, never email). */
  what: string;
  clientId: string;
  clientName: string;
  createdAt: string;
  /** The prep view of the client or their couple, where the answers are. */
  prepHref: string;
};

export const ACK_NOTE_MAX = 2000;

export const acknowledgeRiskAlertInput = z.object({
  alertId: z.string().min(1).max(64),
  note: z
    .string()
    .trim()
    .max(ACK_NOTE_MAX, { error: `Keep the note under ${ACK_NOTE_MAX} characters.` })
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type AcknowledgeRiskAlertInput = { alertId: string; note?: string | undefined };
