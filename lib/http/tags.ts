// The groups of the API, in the order the OpenAPI document lists them. Every operation names one,
// and the document carries these descriptions, so a reader (or a generated client) sees what each
// group is for.
export const API_TAGS = {
  Me: "The signed-in person and their practice.",
  Account:
    "The signed-in person's own account: password, emailed links, sign-in sessions and two-step verification.",
  Practice: "Practice-wide settings (admins).",
  People: "Admins acting on the staff and clients of their own practice.",
  Invitations: "Invitations to join a practice: clinicians invite clients, admins invite clinicians.",
  Licences: "Clinicians' licences to practise and their verification by an admin.",
  Jurisdiction: "Whether a clinician's licences cover where a client is.",
  Clients: "A clinician's caseload: clients and couples.",
  Locations: "Where a client says they are, which decides which licences apply.",
  Appointments: "Therapy appointments on a clinician's calendar.",
  Exercises: "The exercise library: shipped guide exercises and a practice's custom ones.",
  Assignments: "Exercises given to clients and couples, and the clients' answers.",
  Review: "A clinician's review of submitted answers, and the comments on an assignment.",
  Prep: "What a clinician reads before seeing a client or couple.",
  Messages:
    "Secure messages between a clinician and their clients: threads, messages, read state and the office-hours note.",
  Audit: "The practice's audit trail (admins).",
  "Data rights": "A client's own data: export it, or close the account.",
} as const;

export type ApiTag = keyof typeof API_TAGS;
