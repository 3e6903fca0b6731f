import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";

export type PersonRow = {
  id: string;
  name: string;
  email: string;
  role: "ADMIN" | "CLINICIAN" | "CLIENT";
  active: boolean;
};

/** Everyone in the admin's own practice. */
export async function listPracticePeople(actor: Actor): Promise<PersonRow[]> {
  assertCan(actor, "manage:people");
  const users = await db.user.findMany({
    where: { practiceId: actor.practiceId },
    select: { id: true, name: true, email: true, role: true, deactivatedAt: true },
    orderBy: [{ role: "asc" }, { name: "asc" }],
  });
  return users.map(({ deactivatedAt, ...user }) => ({ ...user, active: deactivatedAt === null }));
}
