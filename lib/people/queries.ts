import "server-only";
import type { AuditRequestMeta } from "@/lib/audit/record";
import { recordView } from "@/lib/audit/views";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";

export type PersonRow = {
  id: string;
  name: string;
  email: string;
  role: "ADMIN" | "CLINICIAN" | "CLIENT";
  /** An admin who also sees clients (a solo practice). */
  alsoClinician: boolean;
  active: boolean;
};

/** Everyone in the admin's own practice (clients' names and emails too: the read is recorded). */
export async function listPracticePeople(actor: Actor, meta: AuditRequestMeta = {}): Promise<PersonRow[]> {
  assertCan(actor, "manage:people");
  const users = await db.user.findMany({
    where: { practiceId: actor.practiceId },
    select: { id: true, name: true, email: true, role: true, alsoClinician: true, deactivatedAt: true },
    orderBy: [{ role: "asc" }, { name: "asc" }],
  });
  const clients = users.filter((u) => u.role === "CLIENT").length;
  await recordView(actor, { action: "people.viewed", subjectType: "Practice", metadata: { clients } }, meta);
  return users.map(({ deactivatedAt, ...user }) => ({ ...user, active: deactivatedAt === null }));
}
