import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { clinicianScope } from "./scope";

/** Per couple and exercise slug: which perspective each partner answered from the last time. */
export type LastPerspectives = Record<string, Record<string, Record<string, string>>>;

/**
 * The assign form starts from nothing chosen, or from this couple's last choice for the same
 * exercise (shown as such), never from the order the partners happen to be listed in.
 */
export async function lastPerspectiveChoices(
  actor: Actor,
  coupleIds: readonly string[],
): Promise<LastPerspectives> {
  if (coupleIds.length === 0) return {};
  const rows = await db.assignment.findMany({
    where: {
      ...clinicianScope(actor),
      coupleId: { in: [...coupleIds] },
      recipients: { some: { perspectiveId: { not: null } } },
    },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      coupleId: true,
      exerciseVersion: { select: { exercise: { select: { slug: true } } } },
      recipients: { select: { clientId: true, perspectiveId: true } },
    },
  });
  const out: LastPerspectives = {};
  for (const row of rows) {
    const byExercise = (out[row.coupleId!] ??= {});
    const slug = row.exerciseVersion.exercise.slug;
    if (byExercise[slug]) continue;
    byExercise[slug] = Object.fromEntries(
      row.recipients.filter((r) => r.perspectiveId).map((r) => [r.clientId, r.perspectiveId!]),
    );
  }
  return out;
}
