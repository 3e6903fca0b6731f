import type { Caller } from "./support";

// THE expected-access table: for every /api/v1 operation (from the OpenAPI document) and every page
// of the clinician, client and admin areas (from the file system), what each caller gets. The access
// matrix spec (access-matrix.spec.ts) fails on any route or page without a row here, and on any row
// whose route no longer exists.
//
// The subject of a row (whose assignment, which client...) is always a resource of the DEMO practice
// owned by clinician@ (Alex & Sam are the couple, Jordan the individual client), so:
//   clinician       the owner: allowed
//   tnOnly          same practice, another caseload: 404 (may not know it exists)
//   otherClinician  another practice: 404
//   admin           staff, but no clinical access: 403 for clinical routes
//   alex, sam       the couple's partners: their shared assignment only
//   jordan          the individual client: his own things only
//   otherClient     another practice's client: 404 (or 403 where the role is refused outright)
//
// API cells: "A" = allowed (anything but 401/403/404 and 5xx: a 400 or 409 after the access decision
// counts as allowed), or the exact refusal status. Page cells: "ok" (200), 404, "sign-in" (redirect
// to /sign-in) or "home" (redirect to the caller's own home page).

export type ApiExpect = "A" | 401 | 403 | 404;
export type PageExpect = "ok" | 404 | "sign-in" | "home";

type Row<T> = Record<Caller, T>;

function cells<T>(
  anonymous: T,
  clinician: T,
  tnOnly: T,
  admin: T,
  alex: T,
  sam: T,
  jordan: T,
  otherClinician: T,
  otherClient: T,
): Row<T> {
  return { anonymous, clinician, tnOnly, admin, alex, sam, jordan, otherClinician, otherClient };
}
const row = cells<ApiExpect>;
const pageRow = cells<PageExpect>;

const A = "A" as const;

export const API_ACCESS: Record<string, Row<ApiExpect>> = {
  //                                                      anon clin tnOnly admin alex sam  jordan oClin oClient
  "GET /api/v1/me": row(401, A, A, A, A, A, A, A, A),
  // The library: staff read it; a custom exercise (clinician@'s, not shared) is its owner's alone.
  "GET /api/v1/exercises": row(401, A, A, A, 403, 403, 403, A, 403),
  "POST /api/v1/exercises": row(401, A, A, 403, 403, 403, 403, A, 403),
  "GET /api/v1/exercises/{slug}": row(401, A, 404, 404, 403, 403, 403, 404, 403),
  "PATCH /api/v1/exercises/{slug}": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  // Invitations: a clinician's client invitations are theirs alone; admins manage clinician invitations.
  "POST /api/v1/invitations": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  "GET /api/v1/invitations": row(401, A, A, A, 403, 403, 403, A, 403),
  "POST /api/v1/invitations/{id}/revoke": row(401, A, 404, 404, 403, 403, 403, 404, 403),
  "POST /api/v1/invitations/{id}/resend": row(401, A, 404, 404, 403, 403, 403, 404, 403),
  "POST /api/v1/invitations/accept": row(A, A, A, A, A, A, A, A, A),
  // Licences: each clinician edits their own; admins verify.
  "GET /api/v1/licences": row(401, A, A, A, 403, 403, 403, A, 403),
  "POST /api/v1/licences": row(401, A, A, 403, 403, 403, 403, A, 403),
  "PATCH /api/v1/licences/{id}": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  "POST /api/v1/licences/{id}/verify": row(401, 403, 403, A, 403, 403, 403, 403, 403),
  "GET /api/v1/jurisdiction/check": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  // The caseload.
  "GET /api/v1/clients": row(401, A, A, 403, 403, 403, 403, A, 403),
  "GET /api/v1/clients/{id}": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  "PUT /api/v1/clients/{id}/safety-screen": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  // Discharge and re-admission: the clinician their own caseload, an admin the whole practice.
  "POST /api/v1/clients/{id}/discharge": row(401, A, 404, A, 403, 403, 403, 404, 403),
  "POST /api/v1/clients/{id}/readmit": row(401, A, 404, A, 403, 403, 403, 404, 403),
  "POST /api/v1/couples/{id}/discharge": row(401, A, 404, A, 403, 403, 403, 404, 403),
  "POST /api/v1/couples/{id}/readmit": row(401, A, 404, A, 403, 403, 403, 404, 403),
  "POST /api/v1/clients/{id}/close": row(401, 403, 403, A, 403, 403, 403, 403, 403),
  "GET /api/v1/me/location": row(401, 403, 403, 403, A, A, A, 403, A),
  "POST /api/v1/me/location": row(401, 403, 403, 403, A, A, A, 403, A),
  // Account: public link requests, and each person's own account.
  "POST /api/v1/auth/password-reset/request": row(A, A, A, A, A, A, A, A, A),
  "POST /api/v1/auth/password-reset": row(A, A, A, A, A, A, A, A, A),
  "POST /api/v1/auth/magic-link/request": row(A, A, A, A, A, A, A, A, A),
  "POST /api/v1/auth/password-check": row(A, A, A, A, A, A, A, A, A),
  "POST /api/v1/auth/password": row(401, A, A, A, A, A, A, A, A),
  "GET /api/v1/auth/sessions": row(401, A, A, A, A, A, A, A, A),
  "POST /api/v1/auth/sign-out-everywhere": row(401, A, A, A, A, A, A, A, A),
  "GET /api/v1/auth/two-factor": row(401, A, A, A, 403, 403, 403, A, 403),
  "GET /api/v1/practice/security": row(401, 403, 403, A, 403, 403, 403, 403, 403),
  "PATCH /api/v1/practice/security": row(401, 403, 403, A, 403, 403, 403, 403, 403),
  "GET /api/v1/practice/settings": row(401, 403, 403, A, 403, 403, 403, 403, 403),
  "PATCH /api/v1/practice/settings": row(401, 403, 403, A, 403, 403, 403, 403, 403),
  // People (admins of the person's own practice): subject is a seeded demo-practice clinician.
  "PATCH /api/v1/people/{id}/role": row(401, 403, 403, A, 403, 403, 403, 403, 403),
  "POST /api/v1/people/{id}/deactivate": row(401, 403, 403, A, 403, 403, 403, 403, 403),
  "POST /api/v1/people/{id}/reactivate": row(401, 403, 403, A, 403, 403, 403, 403, 403),
  "POST /api/v1/people/{id}/sign-out-everywhere": row(401, 403, 403, A, 403, 403, 403, 403, 403),
  // Appointments (the schedule).
  "GET /api/v1/appointments": row(401, A, A, 403, 403, 403, 403, A, 403),
  "POST /api/v1/appointments": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  "PATCH /api/v1/appointments/{id}": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  "DELETE /api/v1/appointments/{id}": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  // A client's own appointments; the .ics of Alex & Sam's next one is theirs alone.
  "GET /api/v1/me/appointments": row(401, 403, 403, 403, A, A, A, 403, A),
  "GET /api/v1/me/appointments/{id}/calendar": row(401, 403, 403, 403, A, A, 404, 403, 404),
  // The private feed is public by its secret address: an unknown token is a 404 for everyone.
  "GET /api/v1/calendar-feed/{token}": row(404, 404, 404, 404, 404, 404, 404, 404, 404),
  // Assignments: Alex & Sam's shared one for reads; clinician@'s fresh one for Jordan for review actions.
  "GET /api/v1/assignments": row(401, A, A, 403, A, A, A, A, A),
  "POST /api/v1/assignments": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  "GET /api/v1/assignments/{id}": row(401, A, 404, 403, A, A, 404, 404, 404),
  "PATCH /api/v1/assignments/{id}": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  "GET /api/v1/assignments/{id}/response": row(401, A, 404, 403, A, A, 404, 404, 404),
  "PUT /api/v1/assignments/{id}/response": row(401, 403, 403, 403, A, A, 404, 403, 404),
  "POST /api/v1/assignments/{id}/submit": row(401, 403, 403, 403, A, A, 404, 403, 404),
  "GET /api/v1/assignments/{id}/comments": row(401, A, 404, 403, A, A, 404, 404, 404),
  "POST /api/v1/assignments/{id}/comments": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  "POST /api/v1/assignments/{id}/review": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  // Comments are corrected only by their author: another clinician never learns one exists.
  "PATCH /api/v1/comments/{id}": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  "DELETE /api/v1/comments/{id}": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  // The prep view of Jordan, and of Alex & Sam.
  "GET /api/v1/prep/clients/{id}": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  "GET /api/v1/prep/couples/{id}": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  // Audit trail and data rights.
  "GET /api/v1/audit-events": row(401, 403, 403, A, 403, 403, 403, 403, 403),
  "GET /api/v1/me/export": row(401, 403, 403, 403, A, A, A, 403, A),
  "POST /api/v1/me/close": row(401, 403, 403, 403, A, A, A, 403, A),
  // Secure messages. The subject is Jordan's own thread with clinician@: Alex and Sam (clients of the
  // same clinician) must not reach it, like a partner and the other's private thread.
  "GET /api/v1/threads": row(401, A, A, 403, A, A, A, A, A),
  "POST /api/v1/threads": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  "PATCH /api/v1/threads/{id}": row(401, A, 404, 403, 403, 403, 403, 404, 403),
  "GET /api/v1/threads/{id}/messages": row(401, A, 404, 403, 404, 404, A, 404, 404),
  "POST /api/v1/threads/{id}/messages": row(401, A, 404, 403, 404, 404, A, 404, 404),
  "POST /api/v1/threads/{id}/read": row(401, A, 404, 403, 404, 404, A, 404, 404),
  "GET /api/v1/me/office-hours": row(401, A, A, 403, 403, 403, 403, A, 403),
  "PUT /api/v1/me/office-hours": row(401, A, A, 403, 403, 403, 403, A, 403),
};

const CLINICIAN_PAGE = pageRow("sign-in", "ok", "ok", "home", "home", "home", "home", "ok", "home");
/** A page about one of clinician@'s clients, couples or custom exercises. */
const OWN_CASELOAD_PAGE = pageRow("sign-in", "ok", 404, "home", "home", "home", "home", 404, "home");
const CLIENT_PAGE = pageRow("sign-in", "home", "home", "home", "ok", "ok", "ok", "home", "ok");
const ADMIN_PAGE = pageRow("sign-in", "home", "home", "ok", "home", "home", "home", "home", "home");

/**
 * What a page shows of client data. Every page declares it (tests/integration/audit/read-paths.test.ts
 * fails on a page without a declaration, and on an "audited" page without an audited case):
 *   audited  another person's client data (or a client's export): each opening writes an audit event
 *   own      only the signed-in client's own things: not a disclosure, not recorded (SECURITY.md)
 *   none     no client data
 *   trail    the audit trail itself: names who opened what; reading it is not recorded (it would write
 *            to the trail being read at every page turn), downloading it is (`audit.exported`)
 */
export type PageClientData = "audited" | "own" | "none" | "trail";
export type PageRow = Row<PageExpect> & { readonly clientData: PageClientData };

const shows = (access: Row<PageExpect>, clientData: PageClientData): PageRow => ({ ...access, clientData });

export const PAGE_ACCESS: Record<string, PageRow> = {
  // Clinician area
  "/dashboard": shows(CLINICIAN_PAGE, "audited"),
  "/schedule": shows(CLINICIAN_PAGE, "audited"),
  "/clients": shows(CLINICIAN_PAGE, "audited"),
  "/clients/invite": shows(CLINICIAN_PAGE, "audited"),
  "/clients/[id]": shows(OWN_CASELOAD_PAGE, "audited"),
  "/clients/couples/[id]": shows(OWN_CASELOAD_PAGE, "audited"),
  "/assign": shows(CLINICIAN_PAGE, "audited"),
  "/assign/[id]": shows(OWN_CASELOAD_PAGE, "audited"),
  "/library": shows(CLINICIAN_PAGE, "none"),
  "/library/new": shows(CLINICIAN_PAGE, "none"),
  "/library/[slug]": shows(OWN_CASELOAD_PAGE, "none"),
  "/library/[slug]/edit": shows(OWN_CASELOAD_PAGE, "none"),
  "/prep/clients/[id]": shows(OWN_CASELOAD_PAGE, "audited"),
  "/prep/couples/[id]": shows(OWN_CASELOAD_PAGE, "audited"),
  "/settings/account": shows(CLINICIAN_PAGE, "none"),
  "/settings/licences": shows(CLINICIAN_PAGE, "none"),
  "/settings/notifications": shows(CLINICIAN_PAGE, "none"),
  "/settings/calendar": shows(CLINICIAN_PAGE, "none"),
  "/settings/messages": shows(CLINICIAN_PAGE, "none"),
  "/inbox": shows(CLINICIAN_PAGE, "audited"),
  // Jordan's thread with clinician@.
  "/inbox/[id]": shows(OWN_CASELOAD_PAGE, "audited"),
  // Client area
  "/home": shows(CLIENT_PAGE, "own"),
  "/location": shows(CLIENT_PAGE, "own"),
  "/account": shows(CLIENT_PAGE, "own"),
  "/account/close": shows(CLIENT_PAGE, "own"),
  "/account/export": shows(CLIENT_PAGE, "audited"),
  "/account/notifications": shows(CLIENT_PAGE, "own"),
  "/account/privacy": shows(CLIENT_PAGE, "own"),
  // Every read of messages is audited, a client's too (a joint thread holds the partner's words).
  "/messages": shows(CLIENT_PAGE, "audited"),
  // Jordan's thread with clinician@: Jordan only; Alex and Sam get a 404 like any thread not theirs.
  "/messages/[id]": shows(pageRow("sign-in", "home", "home", "home", 404, 404, "ok", "home", 404), "audited"),
  // Alex & Sam's shared assignment: its two partners only (what the other shared is `response.read`).
  "/assignments/[id]": shows(
    pageRow("sign-in", "home", "home", "home", "ok", "ok", 404, "home", 404),
    "audited",
  ),
  // Admin area (a clinician of the admin's own practice for /admin/people/[id])
  "/admin": shows(ADMIN_PAGE, "audited"),
  "/admin/account": shows(ADMIN_PAGE, "none"),
  "/admin/audit": shows(ADMIN_PAGE, "trail"),
  "/admin/invite": shows(ADMIN_PAGE, "none"),
  "/admin/licences": shows(ADMIN_PAGE, "none"),
  "/admin/practice": shows(ADMIN_PAGE, "none"),
  "/admin/security": shows(ADMIN_PAGE, "audited"),
  "/admin/people/[id]": shows(ADMIN_PAGE, "audited"),
};
