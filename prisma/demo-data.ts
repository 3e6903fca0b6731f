// The demo practice, described once: the seed writes it, the README lists it, the e2e tests sign in
// with it.
export const DEMO_PASSWORD = "mend-demo-password";

export const DEMO_PRACTICE = { slug: "demo-counseling", name: "Demo Counseling" };
export const OTHER_PRACTICE = { slug: "other-practice", name: "Other Practice" };

export const DEMO_USERS = {
  clinician: {
    email: "clinician@demo.mend.test",
    name: "Dr. Riley Morgan",
    role: "CLINICIAN",
    practice: "demo",
  },
  tnOnly: { email: "tn-only@demo.mend.test", name: "Casey Brooks", role: "CLINICIAN", practice: "demo" },
  admin: { email: "admin@demo.mend.test", name: "Pat Admin", role: "ADMIN", practice: "demo" },
  alex: { email: "alex@demo.mend.test", name: "Alex Rivera", role: "CLIENT", practice: "demo" },
  sam: { email: "sam@demo.mend.test", name: "Sam Rivera", role: "CLIENT", practice: "demo" },
  jordan: { email: "jordan@demo.mend.test", name: "Jordan Lee", role: "CLIENT", practice: "demo" },
  // tn-only@'s own client in Virginia: the demo of the jurisdiction rule refusing (and explaining why).
  jamie: { email: "jamie@demo.mend.test", name: "Jamie Park", role: "CLIENT", practice: "demo" },
  otherClinician: {
    email: "other-clinician@demo.mend.test",
    name: "Morgan Hale",
    role: "CLINICIAN",
    practice: "other",
  },
  otherClient: {
    email: "other-client@demo.mend.test",
    name: "Taylor Quinn",
    role: "CLIENT",
    practice: "other",
  },
} as const;

export type DemoUserKey = keyof typeof DEMO_USERS;

// Accounts the account e2e spec (tests/e2e/account.spec.ts) resets and signs out, so that no other
// spec's demo sign-in is disturbed. Staff of the other practice, with no clients and no licences.
export const ACCOUNT_E2E_USERS = {
  reset: { email: "reset-e2e@demo.mend.test", name: "Robin Ashby", role: "CLINICIAN" },
  everywhere: { email: "everywhere-e2e@demo.mend.test", name: "Drew Calder", role: "CLINICIAN" },
} as const;

// Accounts the security e2e specs (tests/e2e/security/*) act as or on, so that no demo sign-in is
// disturbed: stand-ins for operations that end the caller's own sessions (sign out everywhere), and
// people whose password, role or status those specs change to prove old sessions stop working.
// All in the other practice except `target`, the demo admin's subject for the people routes.
export const SECURITY_E2E_USERS = {
  admin: { email: "security-admin@demo.mend.test", name: "Quinn Sentry", role: "ADMIN", practice: "other" },
  clinician: {
    email: "security-clinician@demo.mend.test",
    name: "Avery Sentry",
    role: "CLINICIAN",
    practice: "other",
  },
  client: {
    email: "security-client@demo.mend.test",
    name: "Rowan Sentry",
    role: "CLIENT",
    practice: "other",
  },
  password: {
    email: "security-password@demo.mend.test",
    name: "Emery Sentry",
    role: "CLINICIAN",
    practice: "other",
  },
  role: {
    email: "security-role@demo.mend.test",
    name: "Harper Sentry",
    role: "CLINICIAN",
    practice: "other",
  },
  deactivate: {
    email: "security-deactivate@demo.mend.test",
    name: "Sawyer Sentry",
    role: "CLINICIAN",
    practice: "other",
  },
  target: {
    email: "security-target@demo.mend.test",
    name: "Reese Sentry",
    role: "CLINICIAN",
    practice: "demo",
  },
} as const;

export type SecurityE2eUserKey = keyof typeof SECURITY_E2E_USERS;
