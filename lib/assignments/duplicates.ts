import "server-only";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { clinicianScope } from "./scope";

// Giving an exercise that is already open (active, not yet reviewed for everyone) for the same people
// is usually a slip: the clinician is warned (409 `duplicate`, naming the open copies by date sent and
// note) and may open the one they have, or confirm with `allowDuplicate` to send another.

export type OpenCopy = { id: string; createdAt: string; dueAt: string; hasNote: boolean };

/** The open assignments of the same exercise for exactly these people (a couple, or one client alone). */
export async function openCopies(
  actor: Actor,
  exerciseId: string,
  target: { coupleId: string | null; clientIds: readonly string[] },
): Promise<OpenCopy[]> {
  const rows = await db.assignment.findMany({
    where: {
      ...clinicianScope(actor),
      status: "ACTIVE",
      exerciseVersion: { exerciseId },
      coupleId: target.coupleId,
      AND: [
        // One client alone: their own individual copies (a couple's work is matched by coupleId).
        ...(target.coupleId ? [] : [{ recipients: { some: { clientId: target.clientIds[0] } } }]),
        // Still open: someone has not had it reviewed yet.
        { recipients: { some: { state: { not: "REVIEWED" as const } } } },
      ],
    },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: { id: true, createdAt: true, dueAt: true, note: true },
  });
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    hasNote: r.note !== null,
  }));
}

/** 409 `duplicate` unless nothing is open or the clinician confirmed (allowDuplicate). */
export async function refuseUnconfirmedDuplicate(
  actor: Actor,
  exerciseId: string,
  target: { coupleId: string | null; clientIds: readonly string[] },
  allowDuplicate: boolean | undefined,
): Promise<void> {
  if (allowDuplicate) return;
  const open = await openCopies(actor, exerciseId, target);
  if (open.length === 0) return;
  throw conflict(
    "This exercise is already open for them. Open the one they have, or confirm to send another copy.",
    { reason: "duplicate", open },
  );
}
