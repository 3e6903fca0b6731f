import { db } from "@/lib/db";
import { actorFor, createClient, createPractice, createUser, unique } from "../../support/factories";

/**
 * A solo practice: one account is the practice admin and a clinician (User.alsoClinician) with an
 * active TN licence, and one TN client on its caseload.
 */
export async function soloPractice() {
  const practice = await createPractice();
  const admin = await createUser(practice.id, "ADMIN");
  await db.user.update({ where: { id: admin.id }, data: { alsoClinician: true } });
  await db.clinicianAuthorization.create({
    data: {
      practiceId: practice.id,
      clinicianId: admin.id,
      profession: "LMFT",
      state: "TN",
      number: unique("lic"),
      status: "ACTIVE",
      expiresAt: new Date(Date.now() + 365 * 86_400_000),
      verifiedAt: new Date(),
    },
  });
  const client = await createClient(practice.id, admin.id, { state: "TN" });
  return {
    practice,
    admin,
    client,
    actor: { ...actorFor(admin), alsoClinician: true },
    clientActor: actorFor(client),
  };
}
