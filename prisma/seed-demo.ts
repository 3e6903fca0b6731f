import type { PrismaClient } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password/hash";
import { seedDemoAssignments } from "./seed-assignments";
import { seedDemoAppointments } from "./seed-appointments";
import {
  ACCOUNT_E2E_USERS,
  DEMO_PASSWORD,
  DEMO_PRACTICE,
  DEMO_USERS,
  OTHER_PRACTICE,
  SECURITY_E2E_USERS,
  type DemoUserKey,
} from "./demo-data";

// Idempotent: running it twice leaves one demo practice. Existing rows are found by their natural
// keys (practice slug, email) and left as they are, so a demo that someone has clicked through keeps
// its changes across restarts.

const YEAR_MS = 365 * 24 * 3600 * 1000;

export async function seedDemo(db: PrismaClient, now = new Date()): Promise<void> {
  const demo = await db.practice.upsert({
    where: { slug: DEMO_PRACTICE.slug },
    update: {},
    create: DEMO_PRACTICE,
  });
  const other = await db.practice.upsert({
    where: { slug: OTHER_PRACTICE.slug },
    update: {},
    create: OTHER_PRACTICE,
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const ids = {} as Record<DemoUserKey, string>;
  for (const [key, u] of Object.entries(DEMO_USERS) as [DemoUserKey, (typeof DEMO_USERS)[DemoUserKey]][]) {
    const user = await db.user.upsert({
      where: { email: u.email },
      update: {},
      create: {
        email: u.email,
        name: u.name,
        role: u.role,
        practiceId: u.practice === "demo" ? demo.id : other.id,
        passwordHash,
        timeZone: key === "jordan" || key === "jamie" ? "America/New_York" : "America/Chicago",
      },
      select: { id: true },
    });
    ids[key] = user.id;
  }

  const expires = new Date(now.getTime() + YEAR_MS);
  const issued = new Date(now.getTime() - 3 * YEAR_MS);
  const licence = async (clinician: DemoUserKey, practiceId: string, state: string, number: string) => {
    const existing = await db.clinicianAuthorization.findFirst({
      where: { clinicianId: ids[clinician], state },
    });
    if (existing) return;
    await db.clinicianAuthorization.create({
      data: {
        practiceId,
        clinicianId: ids[clinician],
        profession: "LMFT",
        state,
        number,
        board: state === "TN" ? "TN Board for LPC, LMFT and LCPT" : "Virginia Board of Counseling",
        status: "ACTIVE",
        issuedAt: issued,
        expiresAt: expires,
        verifiedAt: now,
        verifiedById: ids.admin,
        verificationUrl:
          state === "TN"
            ? "https://apps.health.tn.gov/Licensure/"
            : "https://dhp.virginiainteractive.org/Lookup/Index",
      },
    });
  };
  await licence("clinician", demo.id, "TN", "LMFT-TN-0001");
  await licence("clinician", demo.id, "VA", "0712000001");
  await licence("tnOnly", demo.id, "TN", "LMFT-TN-0002");
  await licence("otherClinician", other.id, "TN", "LMFT-TN-0003");

  let couple = await db.couple.findFirst({ where: { practiceId: demo.id, name: "Alex & Sam" } });
  couple ??= await db.couple.create({
    data: {
      practiceId: demo.id,
      clinicianId: ids.clinician,
      name: "Alex & Sam",
      confidentiality: "NO_SECRETS",
      confidentialityNote: "What either of you tells me alone may be brought into our joint sessions.",
    },
  });

  const client = async (
    key: DemoUserKey,
    practiceId: string,
    clinician: DemoUserKey,
    state: string,
    coupleId?: string,
  ) => {
    const existing = await db.clientProfile.findUnique({ where: { userId: ids[key] } });
    if (existing) return;
    await db.clientProfile.create({
      data: {
        userId: ids[key],
        practiceId,
        clinicianId: ids[clinician],
        coupleId: coupleId ?? null,
        currentState: state,
        locationAttestedAt: now,
        consentAcceptedAt: now,
        locations: { create: { state, source: "SELF_ATTESTED", attestedAt: now } },
        // The demo couple's individual safety screens are done, so they can share answers.
        ...(coupleId ? { safetyScreen: "NO_CONCERN" as const, safetyScreenedAt: now } : {}),
      },
    });
  };
  await client("alex", demo.id, "clinician", "TN", couple.id);
  await client("sam", demo.id, "clinician", "TN", couple.id);
  await client("jordan", demo.id, "clinician", "VA");
  await client("jamie", demo.id, "tnOnly", "VA");
  await client("otherClient", other.id, "otherClinician", "TN");

  for (const u of Object.values(ACCOUNT_E2E_USERS)) {
    await db.user.upsert({
      where: { email: u.email },
      update: {},
      create: { email: u.email, name: u.name, role: u.role, practiceId: other.id, passwordHash },
    });
  }
  for (const u of Object.values(SECURITY_E2E_USERS)) {
    const user = await db.user.upsert({
      where: { email: u.email },
      update: {},
      create: {
        email: u.email,
        name: u.name,
        role: u.role,
        practiceId: u.practice === "demo" ? demo.id : other.id,
        passwordHash,
      },
      select: { id: true },
    });
    if (u.role === "CLIENT" && !(await db.clientProfile.findUnique({ where: { userId: user.id } }))) {
      await db.clientProfile.create({
        data: {
          userId: user.id,
          practiceId: other.id,
          clinicianId: ids.otherClinician,
          currentState: "TN",
          locationAttestedAt: now,
          consentAcceptedAt: now,
          locations: { create: { state: "TN", source: "SELF_ATTESTED", attestedAt: now } },
        },
      });
    }
  }
  // Demo assignments in several states (prisma/seed-assignments.ts).
  await seedDemoAssignments(db, now);
  // Appointments (last and next) and the couple's check-in history (prisma/seed-appointments.ts).
  await seedDemoAppointments(db, now);
}
