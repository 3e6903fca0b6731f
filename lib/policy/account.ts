import { holdsRole, rolesOf, type Role } from "./actor";

// Account rules that depend on a person's role, named once. Pure (no server code), so pages,
// components in the browser and lib/auth ask the same questions the same way. What a role may do
// with data is the permission table's job (permissions.ts); these are the account's own rules.

/** Practice staff (clinicians and admins): stricter sessions, two-step verification, no emailed sign-in links. */
export function isStaff(role: Role): boolean {
  return role === "ADMIN" || role === "CLINICIAN";
}

/** Two-step verification is for staff: clients sign in with a password or an emailed link. */
export const mayUseTwoFactor = isStaff;

/** Where a signed-in person lands, and where a page they may not open sends them. */
export function homePathFor(role: Role): string {
  return role === "CLIENT" ? "/home" : role === "ADMIN" ? "/admin" : "/dashboard";
}

/**
 * Emailed sign-in links are for active clients who have finished setting up their account (a
 * password set); staff always sign in with password (and two-step).
 */
export function mayUseEmailLink(user: {
  role: Role;
  deactivatedAt: Date | null;
  passwordHash?: string | null;
}): boolean {
  return user.role === "CLIENT" && user.deactivatedAt === null && user.passwordHash !== null;
}

/** Staff of a practice that requires two-step verification must set it up before anything else. */
export function mustSetUpTwoFactor(
  user: { role: Role; twoFactorEnabledAt: Date | null },
  practice: { requireTwoFactor: boolean },
): boolean {
  return isStaff(user.role) && practice.requireTwoFactor && !user.twoFactorEnabledAt;
}

/** A person with a caseload an admin can review and hand over (clinicians, admins who see clients). */
export function hasCaseload(person: { role: Role; alsoClinician: boolean }): boolean {
  return holdsRole(person, "CLINICIAN");
}

const ROLE_LABEL = { ADMIN: "Practice admin", CLINICIAN: "Clinician", CLIENT: "Client" } as const;

/** What the people list calls someone's role; a solo practice's admin holds both. */
export function roleLabel(person: { role: Role; alsoClinician: boolean }): string {
  return rolesOf(person)
    .map((role, i) => (i === 0 ? ROLE_LABEL[role] : ROLE_LABEL[role].toLowerCase()))
    .join(" and ");
}

/** The role an admin's "make admin / make clinician" switch gives a staff member. */
export function switchedStaffRole(role: Role): "ADMIN" | "CLINICIAN" {
  return role === "ADMIN" ? "CLINICIAN" : "ADMIN";
}

/** Invitations to a client account (rather than a staff one) ask for consent and a location. */
export function isClientAccount(role: Role): boolean {
  return role === "CLIENT";
}

/**
 * The actor's `alsoClinician` from the user row: set only on an ADMIN who also sees clients (a solo
 * practice); the column means nothing on other roles, so it never reaches their actor.
 */
export function soloClinicianFlag(user: { role: Role; alsoClinician: boolean }): { alsoClinician?: true } {
  return user.role === "ADMIN" && user.alsoClinician ? { alsoClinician: true } : {};
}
