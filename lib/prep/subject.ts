import "server-only";
import { clinicianScope } from "@/lib/assignments/scope";
import { db, type Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";

// Whose prep view it is: one client, or one couple, of the actor's own caseload (anyone else's is a
// 404), and the `where`s that keep every later read inside it.

export type PrepSubject = { kind: "client"; clientId: string } | { kind: "couple"; coupleId: string };

export type ResolvedSubject = {
  kind: "client" | "couple";
  id: string;
  name: string;
  people: { clientId: string; name: string }[];
  couple: { id: string; name: string } | null;
  /** Which assignments belong to this prep view (always inside the clinician's own). */
  assignmentWhere: Prisma.AssignmentWhereInput;
  /** Which copies of those assignments are shown. */
  recipientWhere: Prisma.AssignmentRecipientWhereInput;
  appointmentWhere: Prisma.AppointmentWhereInput;
};

export async function resolveSubject(actor: Actor, subject: PrepSubject): Promise<ResolvedSubject> {
  const caseload = { practiceId: actor.practiceId, clinicianId: actor.userId };
  if (subject.kind === "client") {
    const profile = await db.clientProfile.findFirst({
      where: { userId: subject.clientId, ...caseload },
      select: {
        userId: true,
        user: { select: { name: true } },
        couple: { select: { id: true, name: true } },
      },
    });
    if (!profile) throw notFound("That client");
    return {
      kind: "client",
      id: profile.userId,
      name: profile.user.name,
      people: [{ clientId: profile.userId, name: profile.user.name }],
      couple: profile.couple,
      assignmentWhere: { ...clinicianScope(actor), recipients: { some: { clientId: profile.userId } } },
      recipientWhere: { clientId: profile.userId },
      appointmentWhere: { clientId: profile.userId },
    };
  }
  const couple = await db.couple.findFirst({
    where: { id: subject.coupleId, ...caseload },
    select: {
      id: true,
      name: true,
      members: {
        where: { practiceId: actor.practiceId },
        select: { userId: true, user: { select: { name: true } } },
        orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
      },
    },
  });
  if (!couple) throw notFound("That couple");
  const memberIds = couple.members.map((m) => m.userId);
  return {
    kind: "couple",
    id: couple.id,
    name: couple.name,
    people: couple.members.map((m) => ({ clientId: m.userId, name: m.user.name })),
    couple: null,
    // The couple's shared work and each partner's own.
    assignmentWhere: {
      ...clinicianScope(actor),
      OR: [{ coupleId: couple.id }, { recipients: { some: { clientId: { in: memberIds } } } }],
    },
    recipientWhere: { clientId: { in: memberIds } },
    appointmentWhere: { coupleId: couple.id },
  };
}
