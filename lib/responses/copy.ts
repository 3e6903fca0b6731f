import "server-only";
import { db, type Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertActsAsClient } from "@/lib/policy/assignments";

// A client's own copy (AssignmentRecipient) of an assignment, addressed by the assignment id: a
// partner's copy has no address at all. What is read of it, and what it says about the partner.

export const recipientSelect = {
  id: true,
  clientId: true,
  perspectiveId: true,
  state: true,
  submittedAt: true,
  reviewedAt: true,
  // Discharged clients read their work but no longer write it (./locks.ts).
  client: { select: { dischargedAt: true } },
  response: { select: { id: true, version: true, answers: true, updatedAt: true } },
  assignment: {
    select: {
      id: true,
      status: true,
      coupleId: true,
      exerciseVersion: { select: { definition: true } },
      recipients: {
        select: {
          id: true,
          clientId: true,
          perspectiveId: true,
          submittedAt: true,
          client: { select: { safetyScreen: true, user: { select: { name: true } } } },
        },
      },
    },
  },
} satisfies Prisma.AssignmentRecipientSelect;

/**
 * What a save or a submission needs of the copy before it locks the response: who may see what
 * (perspective, partner) and the prompts. Not the answers (the lock reads those) and no names: the
 * autosave runs this on every pause in typing.
 */
export const writeSelect = {
  id: true,
  clientId: true,
  perspectiveId: true,
  state: true,
  client: { select: { dischargedAt: true } },
  assignment: {
    select: {
      id: true,
      status: true,
      coupleId: true,
      exerciseVersion: { select: { definition: true } },
      recipients: { select: { clientId: true, client: { select: { safetyScreen: true } } } },
    },
  },
} satisfies Prisma.AssignmentRecipientSelect;

export type WriteCopy = Prisma.AssignmentRecipientGetPayload<{ select: typeof writeSelect }>;

/** The actor's own copy of an assignment (`select`: what to read of it), or 404 (also for anyone else's). */
export async function ownCopy<S extends typeof recipientSelect | typeof writeSelect>(
  actor: Actor,
  assignmentId: string,
  select: S,
): Promise<Prisma.AssignmentRecipientGetPayload<{ select: S }>> {
  assertActsAsClient(actor);
  const row = await db.assignmentRecipient.findFirst({
    where: { assignmentId, clientId: actor.userId, assignment: { practiceId: actor.practiceId } },
    select,
  });
  if (!row) throw notFound("That assignment");
  return row as Prisma.AssignmentRecipientGetPayload<{ select: S }>;
}

type WithRecipients<R extends { clientId: string }> = {
  clientId: string;
  assignment: { coupleId: string | null; recipients: R[] };
};

export function partnerOf<R extends { clientId: string }>(copy: WithRecipients<R>): R | null {
  if (!copy.assignment.coupleId) return null;
  return copy.assignment.recipients.find((r) => r.clientId !== copy.clientId) ?? null;
}

export function sharingAvailable(copy: WithRecipients<{ clientId: string }>): boolean {
  return copy.assignment.coupleId !== null && partnerOf(copy) !== null;
}

type Screened = { clientId: string; client: { safetyScreen: string } };

/**
 * Sharing between the partners is paused until every partner on the copy is screened "no concern"
 * (lib/safety). Paused is the same answer for both partners, so it tells neither anything about
 * the other: while paused nothing can be marked shared, and nothing shared earlier is shown.
 */
export function sharingPaused(copy: WithRecipients<Screened>): boolean {
  if (!sharingAvailable(copy)) return false;
  return copy.assignment.recipients.some((r) => r.client.safetyScreen !== "NO_CONCERN");
}
