import type { AuthorizationKind, Compact, LicenceStatus, Profession } from "@/lib/generated/prisma/enums";

// Vocabulary of licences and privileges, with the words people read. Pure: safe in client components.

export const AUTHORIZATION_KINDS = [
  "STATE_LICENSE",
  "COMPACT_PRIVILEGE",
  "MULTISTATE_LICENSE",
] as const satisfies readonly AuthorizationKind[];
export const PROFESSIONS = [
  "LMFT",
  "LPC",
  "LPC_MHSP",
  "LCSW",
  "LMSW",
  "LCPT",
  "PSYCHOLOGIST",
  "RESIDENT_MFT",
  "RESIDENT_COUNSELING",
] as const satisfies readonly Profession[];
export const COMPACTS = ["COUNSELING", "PSYPACT", "SOCIAL_WORK"] as const satisfies readonly Compact[];
export const LICENCE_STATUSES = [
  "ACTIVE",
  "INACTIVE",
  "EXPIRED",
  "SUSPENDED",
  "REVOKED",
  "PENDING",
  "UNKNOWN",
] as const satisfies readonly LicenceStatus[];

export type { AuthorizationKind, Compact, LicenceStatus, Profession };

export const KIND_LABEL: Record<AuthorizationKind, string> = {
  STATE_LICENSE: "State licence",
  COMPACT_PRIVILEGE: "Compact privilege to practise",
  MULTISTATE_LICENSE: "Multistate licence",
};

export const PROFESSION_LABEL: Record<Profession, string> = {
  LMFT: "LMFT (Licensed Marriage and Family Therapist)",
  LPC: "LPC (Licensed Professional Counselor)",
  LPC_MHSP: "LPC-MHSP (Mental Health Service Provider)",
  LCSW: "LCSW (Licensed Clinical Social Worker)",
  LMSW: "LMSW (Licensed Master Social Worker)",
  LCPT: "LCPT (Licensed Clinical Pastoral Therapist)",
  PSYCHOLOGIST: "Psychologist",
  RESIDENT_MFT: "Resident in Marriage and Family Therapy",
  RESIDENT_COUNSELING: "Resident in Counseling",
};

export const PROFESSION_SHORT: Record<Profession, string> = {
  LMFT: "LMFT",
  LPC: "LPC",
  LPC_MHSP: "LPC-MHSP",
  LCSW: "LCSW",
  LMSW: "LMSW",
  LCPT: "LCPT",
  PSYCHOLOGIST: "psychologist",
  RESIDENT_MFT: "MFT resident",
  RESIDENT_COUNSELING: "counseling resident",
};

export const COMPACT_LABEL: Record<Compact, string> = {
  COUNSELING: "Counseling Compact",
  PSYPACT: "PSYPACT",
  SOCIAL_WORK: "Social Work Licensure Compact",
};

/** Which professions each compact covers (jurisdiction.md §3). An LMFT has no compact. */
export const COMPACT_PROFESSIONS: Record<Compact, readonly Profession[]> = {
  COUNSELING: ["LPC", "LPC_MHSP"],
  PSYPACT: ["PSYCHOLOGIST"],
  SOCIAL_WORK: ["LCSW", "LMSW"],
};

export const STATUS_LABEL: Record<LicenceStatus, string> = {
  ACTIVE: "Active",
  INACTIVE: "Inactive",
  EXPIRED: "Expired",
  SUSPENDED: "Suspended",
  REVOKED: "Revoked",
  PENDING: "Pending",
  UNKNOWN: "Unknown",
};

/** Residents practise under supervision: Mend does not record supervisors yet, so they are refused. */
export const RESIDENT_PROFESSIONS: readonly Profession[] = ["RESIDENT_MFT", "RESIDENT_COUNSELING"];
