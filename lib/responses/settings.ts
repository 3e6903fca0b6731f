import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { firstName } from "@/lib/text/names";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { recordAssignmentEvents, type AuditMeta } from "@/lib/assignments/audit";

// A client's privacy settings around their answers: whether their therapist may see unsent drafts,
// and (for couples) the confidentiality agreement the couple made with their therapist.

export type PrivacySettings = {
  clinicianName: string;
  assignmentLabel: string;
  shareDraftsWithClinician: boolean;
  couple: {
    name: string;
    partnerFirstName: string | null;
    confidentiality: "NO_SECRETS" | "LIMITED_SECRETS";
    confidentialityNote: string | null;
  } | null;
};

async function ownProfile(actor: Actor) {
  assertCan(actor, "read:assignment:own");
  const profile = await db.clientProfile.findFirst({
    where: { userId: actor.userId, practiceId: actor.practiceId },
    select: {
      userId: true,
      shareDraftsWithClinician: true,
      clinician: { select: { name: true } },
      user: { select: { practice: { select: { assignmentLabel: true } } } },
      couple: {
        select: {
          name: true,
          confidentiality: true,
          confidentialityNote: true,
          members: {
            where: { NOT: { userId: actor.userId } },
            select: { user: { select: { name: true } } },
            take: 1,
          },
        },
      },
    },
  });
  if (!profile) throw notFound("Your profile");
  return profile;
}

export async function getPrivacySettings(actor: Actor): Promise<PrivacySettings> {
  const profile = await ownProfile(actor);
  const partner = profile.couple?.members[0];
  return {
    clinicianName: profile.clinician.name,
    assignmentLabel: profile.user.practice.assignmentLabel,
    shareDraftsWithClinician: profile.shareDraftsWithClinician,
    couple: profile.couple
      ? {
          name: profile.couple.name,
          partnerFirstName: partner ? firstName(partner.user.name) : null,
          confidentiality: profile.couple.confidentiality,
          confidentialityNote: profile.couple.confidentialityNote,
        }
      : null,
  };
}

/** The client allows (or stops allowing) their therapist to see drafts they have not sent yet. */
export async function setShareDrafts(
  actor: Actor,
  share: boolean,
  meta: AuditMeta = {},
): Promise<PrivacySettings> {
  assertCan(actor, "write:response:own");
  const profile = await ownProfile(actor);
  if (profile.shareDraftsWithClinician !== share) {
    await db.$transaction(async (tx) => {
      await tx.clientProfile.update({
        where: { userId: profile.userId },
        data: { shareDraftsWithClinician: share },
        select: { userId: true },
      });
      await recordAssignmentEvents(
        actor,
        [
          {
            action: "response.draft_sharing_changed",
            subjectType: "ClientProfile",
            subjectId: profile.userId,
            clientId: profile.userId,
            metadata: { share },
          },
        ],
        meta,
        tx,
      );
    });
  }
  return getPrivacySettings(actor);
}
