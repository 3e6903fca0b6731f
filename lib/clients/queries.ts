import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";

// A clinician's caseload: the clients whose primary clinician they are, grouped into couples.

export type CaseloadClient = { id: string; name: string; state: string | null };
export type CaseloadEntry =
  | { kind: "individual"; client: CaseloadClient }
  | { kind: "couple"; id: string; name: string; partners: CaseloadClient[] };

export async function listCaseload(actor: Actor): Promise<CaseloadEntry[]> {
  assertCan(actor, "read:caseload:own");
  const rows = await db.clientProfile.findMany({
    where: {
      practiceId: actor.practiceId,
      clinicianId: actor.userId,
      closedAt: null,
      user: { deactivatedAt: null },
    },
    select: {
      userId: true,
      currentState: true,
      user: { select: { name: true } },
      couple: { select: { id: true, name: true } },
    },
    orderBy: { user: { name: "asc" } },
  });
  const entries: CaseloadEntry[] = [];
  const couples = new Map<string, Extract<CaseloadEntry, { kind: "couple" }>>();
  for (const row of rows) {
    const client = { id: row.userId, name: row.user.name, state: row.currentState };
    if (!row.couple) {
      entries.push({ kind: "individual", client });
      continue;
    }
    let couple = couples.get(row.couple.id);
    if (!couple) {
      couple = { kind: "couple", id: row.couple.id, name: row.couple.name, partners: [] };
      couples.set(row.couple.id, couple);
      entries.push(couple);
    }
    couple.partners.push(client);
  }
  return entries;
}
