import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in person every service function acts for. Built only by lib/auth/session.ts. */
export type Actor = {
  readonly userId: string;
  readonly practiceId: string;
  readonly role: Role;
  readonly name: string;
  readonly email: string;
  readonly sessionId: string;
  readonly timeZone: string;
  /**
   * Solo practices: a practice ADMIN who also sees clients (User.alsoClinician). They hold both
   * roles' permissions, and act as the clinician of their own caseload; meaningless for other roles.
   */
  readonly alsoClinician?: boolean;
};

export type { Role };

/** Whether the actor holds `role`: their own, or CLINICIAN for an admin who also sees clients. */
export function holdsRole(actor: { role: Role; alsoClinician?: boolean | undefined }, role: Role): boolean {
  return (
    actor.role === role || (role === "CLINICIAN" && actor.role === "ADMIN" && actor.alsoClinician === true)
  );
}

/** Every role the actor holds, their own first. */
export function rolesOf(actor: { role: Role; alsoClinician?: boolean | undefined }): Role[] {
  return holdsRole(actor, "CLINICIAN") && actor.role !== "CLINICIAN"
    ? [actor.role, "CLINICIAN"]
    : [actor.role];
}

/** Users who see clients, as a database filter: clinicians, and admins who also see clients. */
export const SEES_CLIENTS_WHERE = {
  OR: [{ role: "CLINICIAN" as const }, { role: "ADMIN" as const, alsoClinician: true }],
};
