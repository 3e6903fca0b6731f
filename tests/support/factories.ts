import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password/hash";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";

// Each test builds its own practice with unique emails, so tests never see each other's rows and
// need no cleanup inside a run (the run's databases are dropped at the end).

export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

export const unique = (prefix = "t") => `${prefix}-${randomUUID().slice(0, 8)}`;

type Role = "ADMIN" | "CLINICIAN" | "CLIENT";

export async function createPractice(
  overrides: { name?: string; requireTwoFactor?: boolean; locationMaxAgeDays?: number } = {},
) {
  const slug = unique("practice");
  return db.practice.create({ data: { name: overrides.name ?? `Practice ${slug}`, slug, ...overrides } });
}

export async function createUser(
  practiceId: string,
  role: Role,
  overrides: { name?: string; email?: string; timeZone?: string } = {},
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return db.user.create({
    data: {
      practiceId,
      role,
      name: overrides.name ?? `${role.toLowerCase()} ${unique()}`,
      email: overrides.email ?? `${unique(role.toLowerCase())}@example.test`,
      passwordHash: await passwordHash,
      timeZone: overrides.timeZone ?? "America/Chicago",
    },
  });
}

type LicenceSpec = {
  state: string;
  status?: "ACTIVE" | "EXPIRED" | "SUSPENDED" | "PENDING";
  expiresAt?: Date;
  verified?: boolean;
  profession?: "LMFT" | "LPC" | "RESIDENT_MFT";
};

export async function createClinician(practiceId: string, licences: LicenceSpec[] = [{ state: "TN" }]) {
  const user = await createUser(practiceId, "CLINICIAN");
  for (const l of licences) {
    await db.clinicianAuthorization.create({
      data: {
        practiceId,
        clinicianId: user.id,
        profession: l.profession ?? "LMFT",
        state: l.state,
        number: unique("lic"),
        status: l.status ?? "ACTIVE",
        expiresAt: l.expiresAt ?? new Date(Date.now() + 365 * 86_400_000),
        verifiedAt: l.verified === false ? null : new Date(),
      },
    });
  }
  return user;
}

export async function createClient(
  practiceId: string,
  clinicianId: string,
  options: {
    state?: string | null;
    coupleId?: string;
    attestedAt?: Date;
    name?: string;
    safetyScreen?: SafetyScreen;
  } = {},
) {
  const user = await createUser(practiceId, "CLIENT", { name: options.name });
  const state = options.state === undefined ? "TN" : options.state;
  const attestedAt = options.attestedAt ?? new Date();
  await db.clientProfile.create({
    data: {
      userId: user.id,
      practiceId,
      clinicianId,
      coupleId: options.coupleId ?? null,
      currentState: state,
      locationAttestedAt: state ? attestedAt : null,
      consentAcceptedAt: new Date(),
      ...(options.safetyScreen ? { safetyScreen: options.safetyScreen, safetyScreenedAt: new Date() } : {}),
      ...(state ? { locations: { create: { state, source: "SELF_ATTESTED", attestedAt } } } : {}),
    },
  });
  return user;
}

type SafetyScreen = "NOT_YET" | "NO_CONCERN" | "CONCERN";

export async function createCouple(
  practiceId: string,
  clinicianId: string,
  states: [string, string] = ["TN", "TN"],
  // Most tests are about a couple whose individual safety screens are done (sharing on).
  screens: [SafetyScreen, SafetyScreen] = ["NO_CONCERN", "NO_CONCERN"],
) {
  const couple = await db.couple.create({ data: { practiceId, clinicianId, name: unique("couple") } });
  const first = await createClient(practiceId, clinicianId, {
    state: states[0],
    coupleId: couple.id,
    safetyScreen: screens[0],
  });
  const second = await createClient(practiceId, clinicianId, {
    state: states[1],
    coupleId: couple.id,
    safetyScreen: screens[1],
  });
  return { couple, partners: [first, second] as const };
}

/** The actor a signed-in user would be (services take this; no HTTP needed). */
export function actorFor(user: {
  id: string;
  practiceId: string;
  role: Role;
  name: string;
  email: string;
  timeZone?: string;
}): Actor {
  return {
    userId: user.id,
    practiceId: user.practiceId,
    role: user.role,
    name: user.name,
    email: user.email,
    timeZone: user.timeZone ?? "America/Chicago",
    sessionId: "test-session",
  };
}

/** A small practice: admin, clinician licensed in TN and VA, an individual client and a couple. */
export async function createScenario() {
  const practice = await createPractice();
  const admin = await createUser(practice.id, "ADMIN");
  const clinician = await createClinician(practice.id, [{ state: "TN" }, { state: "VA" }]);
  const client = await createClient(practice.id, clinician.id, { state: "VA" });
  const { couple, partners } = await createCouple(practice.id, clinician.id);
  return { practice, admin, clinician, client, couple, partners };
}
