import { z } from "zod";
import { idParam } from "@/lib/http/operation";
import { stateCode } from "@/lib/locations/schemas";

export const INVITATION_TTL_DAYS = 7;
/** A couple is two people. */
export const COUPLE_SIZE = 2;
export const CONFIDENTIALITY = ["NO_SECRETS", "LIMITED_SECRETS"] as const;
export const INVITATION_STATUSES = ["pending", "accepted", "revoked", "expired"] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(320, "That email address is too long.")
  .pipe(z.email({ message: "Enter an email address like name@example.com." }));
const personName = z
  .string()
  .trim()
  .min(1, "Enter their name.")
  .max(120, "Keep the name under 120 characters.");

export const newCoupleInput = z.object({
  mode: z.literal("new"),
  /** How the couple is shown to the clinician, e.g. "Alex & Sam". */
  name: z
    .string()
    .trim()
    .min(1, "Give the couple a name, e.g. their first names.")
    .max(120, "Keep the couple's name under 120 characters."),
  confidentiality: z.enum(CONFIDENTIALITY),
  note: z
    .string()
    .trim()
    .max(2000)
    .nullish()
    .transform((v) => (v ? v : null)),
});

export const existingCoupleInput = z.object({ mode: z.literal("existing"), coupleId: idParam });

export const createInvitationBody = z.discriminatedUnion("role", [
  z.object({
    role: z.literal("CLIENT"),
    email,
    name: personName,
    /** Absent: an individual client. */
    couple: z.discriminatedUnion("mode", [newCoupleInput, existingCoupleInput]).nullish(),
  }),
  z.object({ role: z.literal("CLINICIAN"), email, name: personName }),
]);
export type CreateInvitationBody = z.infer<typeof createInvitationBody>;

export const listInvitationsQuery = z.object({
  status: z.enum(INVITATION_STATUSES).optional(),
  coupleId: idParam.optional(),
});

export const invitationDto = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(["ADMIN", "CLINICIAN", "CLIENT"]),
  status: z.enum(INVITATION_STATUSES),
  invitedByName: z.string(),
  couple: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type InvitationDto = z.infer<typeof invitationDto>;

export const acceptInvitationBody = z.object({
  token: z
    .string()
    .min(20)
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, "This invitation link is not valid."),
  password: z.string().min(1, "Choose a password.").max(1024),
  /** Where the person is located now: required for clients (it decides who may treat them). */
  state: stateCode.optional(),
  consent: z.literal(true, { error: "Please read and accept the notice to continue." }),
  adult: z.literal(true, { error: "Mend is for adults (18 or older) for now." }),
  /** Couples only: they have read their confidentiality agreement. */
  agreement: z.boolean().optional(),
  /** The browser's time zone, for reminders; ignored when not a real IANA zone. */
  timeZone: z.string().max(64).optional(),
});
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBody>;

export const acceptInvitationDto = z.object({
  email: z.string(),
  role: z.enum(["ADMIN", "CLINICIAN", "CLIENT"]),
  /** Where the new account lands after signing in. */
  home: z.string(),
});
export type AcceptInvitationDto = z.infer<typeof acceptInvitationDto>;

export type InvitationPreview =
  | { status: "invalid" }
  | {
      status: "pending" | "accepted" | "revoked" | "expired";
      role: "ADMIN" | "CLINICIAN" | "CLIENT";
      name: string;
      email: string;
      invitedByName: string;
      practiceName: string;
      expiresAt: string;
      couple: { name: string; confidentiality: (typeof CONFIDENTIALITY)[number]; note: string | null } | null;
    };
