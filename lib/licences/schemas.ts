import { z } from "zod";
import { idParam } from "@/lib/http/operation";
import { STATE_CODES } from "@/lib/jurisdiction/states";
import {
  AUTHORIZATION_KINDS,
  COMPACT_LABEL,
  COMPACT_PROFESSIONS,
  COMPACTS,
  LICENCE_STATUSES,
  PROFESSIONS,
  PROFESSION_SHORT,
} from "./labels";
import type { AuthorizationKind, Compact, Profession } from "./labels";

const stateCode = z.enum(STATE_CODES, { error: "Choose a US state." });

/**
 * A calendar day from a date input ("2027-06-30") or an ISO instant. Expiry days are stored as the
 * end of that day in UTC, which is still that calendar day everywhere in the US and never later than
 * the end of the day locally (so a licence is never treated as valid after its expiry date).
 */
const day = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
export function expiryInstant(value: string): Date {
  return value.length === 10 ? new Date(`${value}T23:59:59.999Z`) : new Date(value);
}
/** Issue days are stored at noon UTC: the same calendar day in every US time zone. */
export function issueInstant(value: string): Date {
  return value.length === 10 ? new Date(`${value}T12:00:00.000Z`) : new Date(value);
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const licenceFields = {
  kind: z.enum(AUTHORIZATION_KINDS),
  profession: z.enum(PROFESSIONS),
  state: stateCode,
  // Free text: neither TN nor VA documents a number format (jurisdiction.md §1).
  number: z.string().trim().min(1, "Enter the licence or privilege number.").max(100),
  board: optionalText(200),
  compact: z
    .enum(COMPACTS)
    .nullish()
    .transform((v) => v ?? null),
  homeState: stateCode.nullish().transform((v) => v ?? null),
  homeAuthorizationId: idParam.nullish().transform((v) => v ?? null),
  status: z.enum(LICENCE_STATUSES),
  issuedAt: day.nullish().transform((v) => (v ? issueInstant(v) : null)),
  expiresAt: day.transform(expiryInstant),
};

export type LicenceShape = {
  kind: AuthorizationKind;
  profession: Profession;
  state: string;
  compact: Compact | null;
  homeState: string | null;
  homeAuthorizationId: string | null;
  issuedAt: Date | null;
  expiresAt: Date;
};

/** Rules that hold across fields (jurisdiction.md §3). Shared by create (zod) and update (service). */
export function licenceProblems(l: LicenceShape): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (l.kind === "COMPACT_PRIVILEGE") {
    if (!l.compact)
      problems.push({ path: "compact", message: "Choose the compact this privilege comes from." });
    else if (!COMPACT_PROFESSIONS[l.compact].includes(l.profession)) {
      problems.push({
        path: "compact",
        message: `The ${COMPACT_LABEL[l.compact]} does not cover ${PROFESSION_SHORT[l.profession]}s${l.profession === "LMFT" ? ": there is no compact for marriage and family therapists, so an LMFT needs a full licence in each state" : ""}.`,
      });
    }
    if (!l.homeState)
      problems.push({
        path: "homeState",
        message: "Choose your home state (where you hold your home licence).",
      });
    else if (l.homeState === l.state)
      problems.push({ path: "homeState", message: "A privilege is for a state other than your home state." });
    if (!l.homeAuthorizationId)
      problems.push({
        path: "homeAuthorizationId",
        message: "Choose the home-state licence this privilege depends on.",
      });
  } else if (l.kind === "STATE_LICENSE" && (l.homeAuthorizationId || l.compact)) {
    problems.push({
      path: "kind",
      message: "A state licence has no compact or home licence; record a compact privilege instead.",
    });
  }
  if (l.issuedAt && l.issuedAt.getTime() >= l.expiresAt.getTime()) {
    problems.push({ path: "expiresAt", message: "The expiry date must be after the issue date." });
  }
  return problems;
}

export const createLicenceBody = z
  .object({
    ...licenceFields,
    kind: licenceFields.kind.default("STATE_LICENSE"),
    status: licenceFields.status.default("ACTIVE"),
  })
  .superRefine((value, ctx) => {
    for (const p of licenceProblems(value))
      ctx.addIssue({ code: "custom", path: [p.path], message: p.message });
  });
export type CreateLicenceBody = z.infer<typeof createLicenceBody>;

export const updateLicenceBody = z
  .object({
    kind: licenceFields.kind.optional(),
    profession: licenceFields.profession.optional(),
    state: licenceFields.state.optional(),
    number: licenceFields.number.optional(),
    board: licenceFields.board.optional(),
    compact: licenceFields.compact.optional(),
    homeState: licenceFields.homeState.optional(),
    homeAuthorizationId: licenceFields.homeAuthorizationId.optional(),
    status: licenceFields.status.optional(),
    issuedAt: licenceFields.issuedAt.optional(),
    expiresAt: licenceFields.expiresAt.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: "Change at least one field." });
export type UpdateLicenceBody = z.infer<typeof updateLicenceBody>;

export const verifyLicenceBody = z.object({
  /** What the board's public lookup shows now. */
  status: z.enum(LICENCE_STATUSES).default("ACTIVE"),
  verificationUrl: z
    .url({ protocol: /^https?$/, message: "Enter the web address of the board's lookup page (https://…)." })
    .max(2000)
    .nullish()
    .transform((v) => v ?? null),
  note: optionalText(1000),
});
export type VerifyLicenceBody = z.infer<typeof verifyLicenceBody>;

export const licenceListQuery = z.object({ clinicianId: idParam.optional() });

export const licenceWarningDto = z.object({
  licenceId: z.string(),
  state: z.string(),
  level: z.enum(["60", "30", "7", "expired"]),
  daysLeft: z.number().int(),
  expiresAt: z.string(),
  message: z.string(),
});
export type LicenceWarningDto = z.infer<typeof licenceWarningDto>;

export const licenceDto = z.object({
  id: z.string(),
  clinicianId: z.string(),
  clinicianName: z.string(),
  kind: z.enum(AUTHORIZATION_KINDS),
  profession: z.enum(PROFESSIONS),
  state: z.string(),
  stateName: z.string(),
  number: z.string(),
  board: z.string().nullable(),
  compact: z.enum(COMPACTS).nullable(),
  homeState: z.string().nullable(),
  homeAuthorizationId: z.string().nullable(),
  status: z.enum(LICENCE_STATUSES),
  issuedAt: z.string().nullable(),
  expiresAt: z.string(),
  verifiedAt: z.string().nullable(),
  verifiedByName: z.string().nullable(),
  verificationUrl: z.string().nullable(),
  verificationNote: z.string().nullable(),
  /** Active, in date and verified right now (a privilege's home licence is checked by the jurisdiction rule). */
  current: z.boolean(),
  warning: licenceWarningDto.nullable(),
  updatedAt: z.string(),
});
export type LicenceDto = z.infer<typeof licenceDto>;
