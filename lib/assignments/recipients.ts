import "server-only";
import { db } from "@/lib/db";
import { badRequest, notFound, unprocessable } from "@/lib/errors";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import type { Actor } from "@/lib/policy/actor";
import { firstName } from "@/lib/text/names";
import type { CreateAssignmentInput } from "./schemas";

// Who new work is for: a client of the actor's caseload, or the members of one of their couples
// (only those who accepted their invitation and whose account is open), and from which perspective
// each of them answers.

/** `timeZone`: the person's own, for due dates that fall in their evening. */
export type Recipient = { userId: string; name: string; timeZone: string };

export async function resolveRecipients(
  actor: Actor,
  input: Pick<CreateAssignmentInput, "clientId" | "coupleId">,
) {
  const caseload = { practiceId: actor.practiceId, clinicianId: actor.userId };
  const select = {
    userId: true,
    closedAt: true,
    dischargedAt: true,
    user: { select: { name: true, deactivatedAt: true, timeZone: true } },
  } as const;
  if (input.coupleId) {
    const couple = await db.couple.findFirst({
      where: { id: input.coupleId, ...caseload },
      select: { id: true },
    });
    if (!couple) throw notFound("That couple");
    const members = await db.clientProfile.findMany({
      where: { coupleId: couple.id, ...caseload, closedAt: null, user: { deactivatedAt: null } },
      select,
      orderBy: { user: { name: "asc" } },
    });
    if (members.some((m) => m.dischargedAt)) {
      throw unprocessable("This couple has been discharged. Re-admit them to give them new work.");
    }
    if (members.length === 0) {
      throw unprocessable(
        "Nobody in this couple has accepted their invitation yet, so there is no one to give this to.",
      );
    }
    return {
      coupleId: couple.id,
      recipients: members.map((m) => ({ userId: m.userId, name: m.user.name, timeZone: m.user.timeZone })),
    };
  }
  const profile = await db.clientProfile.findFirst({
    where: { userId: input.clientId!, ...caseload },
    select,
  });
  if (!profile) throw notFound("That client");
  if (profile.closedAt || profile.user.deactivatedAt) {
    throw unprocessable(
      `${firstName(profile.user.name)}'s account is closed, so new work can't be given to them.`,
    );
  }
  if (profile.dischargedAt) {
    throw unprocessable(
      `${firstName(profile.user.name)} has been discharged. Re-admit them to give them new work.`,
    );
  }
  return {
    coupleId: null,
    recipients: [{ userId: profile.userId, name: profile.user.name, timeZone: profile.user.timeZone }],
  };
}

/** Which perspective each recipient answers from; every problem is reported with its field path. */
export function resolvePerspectives(
  definition: ExerciseDefinition,
  recipients: readonly Recipient[],
  chosen: Record<string, string> | undefined,
): Map<string, string | null> {
  const result = new Map<string, string | null>();
  const problems: { path: string; message: string }[] = [];
  const given = chosen ?? {};
  for (const id of Object.keys(given)) {
    if (!recipients.some((r) => r.userId === id)) {
      problems.push({
        path: `perspectives.${id}`,
        message: "This person is not one of the people this is for.",
      });
    }
  }
  if (!definition.perspectives) {
    if (Object.keys(given).length > 0) {
      problems.push({
        path: "perspectives",
        message: "This exercise has no perspectives: everyone answers the same questions.",
      });
    }
    for (const r of recipients) result.set(r.userId, null);
  } else {
    for (const r of recipients) {
      const id = given[r.userId];
      if (!id) {
        problems.push({
          path: `perspectives.${r.userId}`,
          message: `Choose which side ${firstName(r.name)} answers from.`,
        });
      } else if (!definition.perspectives.some((p) => p.id === id)) {
        problems.push({
          path: `perspectives.${r.userId}`,
          message: "That perspective is not part of this exercise.",
        });
      } else {
        result.set(r.userId, id);
      }
    }
  }
  if (problems.length > 0) throw badRequest(problems[0]!.message, problems);
  return result;
}
