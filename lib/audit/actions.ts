// Audit actions in plain words, for the admin's audit browser and the CSV. An action without an
// entry here shows its code. Pure.

export const ACTION_LABELS: Record<string, string> = {
  "response.read": "Opened answers",
  "response.submitted": "Submitted answers",
  "response.draft_sharing_changed": "Changed who sees drafts",
  "prep.read": "Opened an appointment prep view",
  "comment.read": "Opened comments on answers",
  "comment.created": "Wrote a comment",
  "client.viewed": "Opened a client's page",
  "couple.viewed": "Opened a couple's page and agreement",
  "caseload.viewed": "Looked at the list of clients",
  "assignment.viewed": "Opened an assignment",
  "assignments.viewed": "Looked at a list of assignments",
  "appointments.viewed": "Looked at the schedule",
  "dashboard.viewed": "Opened the dashboard",
  "jurisdiction.viewed": "Checked where a client may be given work",
  "people.viewed": "Looked at the practice's people",
  "reassignment.previewed": "Previewed moving a caseload",
  "review.marked_reviewed": "Marked work as reviewed",
  "review.revision_requested": "Asked for another look",
  "invitation.created": "Sent an invitation",
  "invitation.resent": "Re-sent an invitation",
  "invitation.revoked": "Withdrew an invitation",
  "invitation.accepted": "Accepted an invitation",
  "licence.created": "Added a licence",
  "licence.updated": "Changed a licence",
  "licence.verified": "Verified a licence",
  "location.confirmed": "Confirmed where they are",
  "appointment.scheduled": "Scheduled an appointment",
  "appointment.updated": "Moved or changed an appointment",
  "appointment.cancelled": "Cancelled an appointment",
  "exercise.created": "Created a custom exercise",
  "exercise.updated": "Changed a custom exercise",
  "assignment.created": "Gave an assignment",
  "assignment.updated": "Changed an assignment",
  "assignment.withdrawn": "Withdrew an assignment",
  "data.exported": "Viewed or downloaded their own data",
  "account.closed": "Closed their account",
  "client.purged": "Record deleted after the retention period",
  "client.reassigned": "Moved to another clinician",
  "caseload.reassigned": "Moved a clinician's caseload",
  "audit.exported": "Downloaded the audit trail",
  "notifications.preferences_changed": "Changed email reminders",
  "people.role_changed": "Changed someone's role",
  "people.deactivated": "Deactivated an account",
  "people.reactivated": "Reactivated an account",
  "people.signed_out_everywhere": "Signed someone out everywhere",
  "practice.created": "Set up the practice",
  "people.admin_created": "Made the first admin account",
  "people.setup_link_reissued": "Issued a fresh set-up link",
  "practice.require_two_factor_changed": "Changed the two-step verification rule",
  "practice.settings_changed": "Changed the practice's settings",
  "auth.password_reset_requested": "Asked for a password reset",
  "auth.password_reset": "Reset their password",
  "auth.password_changed": "Changed their password",
  "auth.magic_link_requested": "Asked for a sign-in link",
  "auth.magic_link_sign_in": "Signed in with a link",
  "auth.sign_out_everywhere": "Signed out everywhere",
  "auth.two_factor_enabled": "Turned on two-step verification",
  "auth.two_factor_disabled": "Turned off two-step verification",
  "auth.recovery_codes_regenerated": "Made new recovery codes",
  "auth.recovery_code_used": "Used a recovery code",
};

// Names older rows still carry: the trail is append-only, so rows written before appointments were
// called appointments keep "session.*" and are labelled here. Not offered as filters of their own
// unless such rows exist (the browser lists the actions found in the trail).
const FORMER_ACTION_LABELS: Record<string, string> = {
  "session.scheduled": "Scheduled an appointment",
  "session.updated": "Moved or changed an appointment",
  "session.cancelled": "Cancelled an appointment",
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? FORMER_ACTION_LABELS[action] ?? action;
}

/** The reads of client data the audit trail must show (the read-path test walks these). */
export const CLIENT_DATA_READ_ACTIONS = [
  "response.read",
  "prep.read",
  "comment.read",
  "data.exported",
  "client.viewed",
  "couple.viewed",
  "caseload.viewed",
  "assignment.viewed",
  "assignments.viewed",
  "appointments.viewed",
  "dashboard.viewed",
  "jurisdiction.viewed",
  "people.viewed",
  "reassignment.previewed",
] as const;
