import "server-only";
import type { Actor } from "@/lib/policy/actor";
import { recordAuditMany, type AuditMetadata, type AuditRequestMeta } from "./record";

// Views of client data that are not answers, comments, prep or exports: a client's or couple's page
// (with the couple's confidentiality note), the client detail API, where clients are (the
// jurisdiction check), the admin's list of people and caseload-move preview, and the lists that show clients'
// names, locations or the clinician's notes (caseload, assignments, appointments, the dashboard).
// The scoped read functions in lib/<feature> call recordView AFTER the scope check (a refused read
// writes nothing) and BEFORE returning the data (no trace, no data).
//
// One INSERT per view, never one per list row: a list writes one event with the number of rows it
// showed (clientId set only when the list is about one client); a page about one client or couple
// writes one event per client concerned (a couple's two partners in the same INSERT), so "who
// opened Alex's record" is one filter on clientId.
//
// A client reading their own things is not a disclosure and is not recorded (their home, their own
// assignments): only reads of another person's data are. A partner reading what the other shared is
// recorded by `response.read`. SECURITY.md says the same.

export type ClientDataView =
  | "client.viewed"
  | "couple.viewed"
  | "caseload.viewed"
  | "assignment.viewed"
  | "assignments.viewed"
  | "appointments.viewed"
  | "dashboard.viewed"
  | "jurisdiction.viewed"
  | "people.viewed"
  | "reassignment.previewed";

export type ViewEvent = {
  action: ClientDataView;
  subjectType: string;
  subjectId?: string | null;
  /** The clients whose data the view shows, when it is about particular clients (a page, one assignment). */
  clientIds?: readonly string[];
  /** Ids, counts and kinds only: never names, notes or anything a person wrote. */
  metadata?: AuditMetadata;
};

function ownRead(actor: Actor, clientIds: readonly string[]): boolean {
  return actor.role === "CLIENT" && clientIds.every((id) => id === actor.userId);
}

export async function recordView(actor: Actor, view: ViewEvent, meta: AuditRequestMeta = {}): Promise<void> {
  const clientIds = view.clientIds ?? [];
  if (ownRead(actor, clientIds)) return;
  const base = { action: view.action, subjectType: view.subjectType, subjectId: view.subjectId ?? null };
  const events =
    clientIds.length > 0
      ? clientIds.map((clientId) => ({ ...base, clientId, metadata: view.metadata }))
      : [{ ...base, clientId: null, metadata: view.metadata }];
  await recordAuditMany(actor, events, meta);
}
