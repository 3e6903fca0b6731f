import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import type { MeDto } from "./schemas";

export async function getMe(actor: Actor): Promise<MeDto> {
  const practice = await db.practice.findUnique({
    where: { id: actor.practiceId },
    select: { id: true, name: true, assignmentLabel: true },
  });
  if (!practice) throw notFound("Your practice");
  return {
    id: actor.userId,
    name: actor.name,
    email: actor.email,
    role: actor.role,
    timeZone: actor.timeZone,
    practice,
  };
}
