import { z } from "zod";

// Data rights: a client's export, closing an account, and moving a clinician's caseload.

const answer = z.object({
  promptId: z.string(),
  question: z.string(),
  kind: z.string(),
  value: z.unknown(),
  /** The answer in plain words (option labels instead of ids). */
  text: z.string(),
  sharedWithPartner: z.boolean(),
});
export type ExportAnswer = z.infer<typeof answer>;

export const clientExportSchema = z.object({
  format: z.literal("mend-client-export"),
  version: z.number().int(),
  exportedAt: z.string(),
  profile: z.object({
    name: z.string(),
    email: z.string(),
    timeZone: z.string(),
    practice: z.string(),
    clinician: z.string(),
    couple: z.string().nullable(),
    joinedAt: z.string(),
    consentAcceptedAt: z.string().nullable(),
    shareDraftsWithClinician: z.boolean(),
    emailReminders: z.boolean(),
    closedAt: z.string().nullable(),
  }),
  locations: z.array(z.object({ state: z.string(), source: z.string(), attestedAt: z.string() })),
  assignments: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      exerciseVersion: z.number().int(),
      perspective: z.string().nullable(),
      assignedBy: z.string(),
      assignedAt: z.string(),
      dueAt: z.string(),
      status: z.string(),
      state: z.string(),
      submittedAt: z.string().nullable(),
      reviewedAt: z.string().nullable(),
      note: z.string().nullable(),
      questions: z.array(z.object({ id: z.string(), label: z.string(), kind: z.string() })),
      /** The latest saved answers (may include changes made after the last submission). */
      answers: z.array(answer),
      answersUpdatedAt: z.string().nullable(),
      /** Every submission, as it was sent. */
      revisions: z.array(
        z.object({ number: z.number().int(), submittedAt: z.string(), answers: z.array(answer) }),
      ),
      feedback: z.array(
        z.object({ at: z.string(), from: z.string(), question: z.string().nullable(), text: z.string() }),
      ),
    }),
  ),
  /** Secure messages: the client's own thread and their couple's joint one (never a partner's private thread). */
  messageThreads: z.array(
    z.object({
      title: z.string(),
      kind: z.string(),
      messages: z.array(z.object({ at: z.string(), from: z.string(), text: z.string() })),
    }),
  ),
});
export type ClientExport = z.infer<typeof clientExportSchema>;

/** Closing is deliberate: the client types the word, so a stray tap cannot do it. */
export const closeAccountBody = z.object({
  confirm: z.literal("CLOSE", { error: "Type CLOSE to confirm." }),
});
export type CloseAccountInput = z.infer<typeof closeAccountBody>;

export const closeAccountResponse = z.object({
  closedAt: z.string(),
  /** When the record will be deleted, at the earliest (the practice's retention period). */
  keptUntil: z.string(),
});
export type CloseAccountResult = z.infer<typeof closeAccountResponse>;

export const reassignInput = z.object({
  fromClinicianId: z.string().min(1).max(64),
  toClinicianId: z.string().min(1).max(64),
  /** Also deactivate the clinician who is leaving (their sign-in sessions end at once). */
  deactivate: z.boolean().default(true),
});
export type ReassignInput = z.infer<typeof reassignInput>;

export type ReassignmentPreview = {
  from: { id: string; name: string };
  to: { id: string; name: string };
  clients: number;
  couples: number;
  openAssignments: number;
  closedAssignments: number;
  upcomingAppointments: number;
  pendingInvitations: number;
  /** Clients the new clinician holds no active, verified licence for, by the client's last known state. */
  notLicensed: { clientId: string; name: string; state: string | null }[];
};
