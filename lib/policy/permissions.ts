import { forbidden } from "@/lib/errors";
import { holdsRole, type Actor, type Role } from "./actor";

// The permission vocabulary: `<verb>:<resource>[:own]`. A role not listed is refused. Which rows a
// permission reaches (own caseload, own answers, own practice) is decided by the scoped queries in
// lib/<feature>; this table decides whether the action is open to the role at all.
const GRANTS = {
  "read:me": ["ADMIN", "CLINICIAN", "CLIENT"],
  "manage:account:own": ["ADMIN", "CLINICIAN", "CLIENT"],
  "manage:two-factor:own": ["ADMIN", "CLINICIAN"],
  "read:caseload:own": ["CLINICIAN"],
  "invite:client": ["CLINICIAN"],
  "invite:clinician": ["ADMIN"],
  // Create, list, revoke and re-send invitations; which ones (clients or clinicians) is by role.
  "manage:invitation": ["ADMIN", "CLINICIAN"],
  "read:invitation": ["ADMIN", "CLINICIAN"],
  "read:location:own": ["CLIENT"],
  "write:location:own": ["CLIENT"],
  "manage:licence:own": ["CLINICIAN"],
  "verify:licence": ["ADMIN"],
  "read:licence": ["ADMIN", "CLINICIAN"],
  "read:exercise": ["ADMIN", "CLINICIAN"],
  "write:exercise:own": ["CLINICIAN"],
  "assign:exercise:own": ["CLINICIAN"],
  "read:assignment:own": ["CLINICIAN", "CLIENT"],
  "write:response:own": ["CLIENT"],
  "review:assignment:own": ["CLINICIAN"],
  // The prep view of a client or couple of their own caseload (answers, notes, trends).
  "read:prep:own": ["CLINICIAN"],
  "manage:appointment:own": ["CLINICIAN"],
  // A client's (or partner's) own upcoming appointments and their .ics.
  "read:appointment:own": ["CLIENT"],
  "read:audit": ["ADMIN"],
  "manage:people": ["ADMIN"],
  "manage:practice": ["ADMIN"],
  "export:data:own": ["CLIENT"],
  // A client closes their own account; staff accounts are deactivated by a practice admin.
  "close:account:own": ["CLIENT"],
  // Discharge and re-admit: a clinician their own caseload, an admin anyone in the practice.
  "discharge:client": ["ADMIN", "CLINICIAN"],
  // Close a client's account on their behalf (e.g. they asked by phone).
  "close:client": ["ADMIN"],
  // Email reminders on or off, and the time zone they follow.
  "manage:notifications:own": ["ADMIN", "CLINICIAN", "CLIENT"],
  // Record a client's individual safety screen (it decides whether partners may share).
  "screen:client:own": ["CLINICIAN"],
  // A couple's confidentiality agreement: the clinician proposes a change, each partner confirms it.
  "manage:couple-agreement:own": ["CLINICIAN"],
  "confirm:couple-agreement:own": ["CLIENT"],
  // Secure messages: threads with one's own clients (clinicians) or one's own clinician (clients).
  "read:thread:own": ["CLINICIAN", "CLIENT"],
  "write:message:own": ["CLINICIAN", "CLIENT"],
  "manage:office-hours:own": ["CLINICIAN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof GRANTS;

/** Whether any role the actor holds (an admin who also sees clients holds two) is granted `permission`. */
export function can(actor: Pick<Actor, "role" | "alsoClinician">, permission: Permission): boolean {
  return (GRANTS[permission] as readonly Role[]).some((role) => holdsRole(actor, role));
}

export function assertCan(actor: Pick<Actor, "role" | "alsoClinician">, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden();
}

export const ALL_PERMISSIONS = Object.keys(GRANTS) as Permission[];
