import "server-only";
import { recordAuditMany, type AuditRequestMeta } from "@/lib/audit/record";
import type { PrismaClient } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";

// Assignment and answer events for the append-only audit trail (written through lib/audit): who did
// what to which assignment, for which client, from where. Never answer text, notes or names (ids
// and counts only).
//
// Mutations write their events inside their own transaction (the change and its record stand or
// fall together). Reads of answers write theirs before the answers are returned: if the record
// cannot be written, the answers are not shown.

export type AssignmentAuditAction =
  | "assignment.created"
  | "assignment.updated"
  | "assignment.withdrawn"
  | "response.read"
  | "response.submitted"
  | "response.draft_sharing_changed";

export type AuditMeta = AuditRequestMeta;

export type AssignmentAuditEvent = {
  action: AssignmentAuditAction;
  subjectType: "Assignment" | "Response" | "ClientProfile";
  subjectId: string;
  clientId: string | null;
  metadata?: Record<string, string | number | boolean | null>;
};

export async function recordAssignmentEvents(
  actor: Actor,
  events: readonly AssignmentAuditEvent[],
  meta: AuditMeta = {},
  tx?: Pick<PrismaClient, "auditEvent">,
): Promise<void> {
  await recordAuditMany(actor, events, meta, tx ? { tx } : {});
}
