import "server-only";
import { recordAuditMany, type AuditRequestMeta } from "@/lib/audit/record";
import { db, type Prisma } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import type { AgreementHistoryItem, ProposeAgreementInput } from "./schemas";

// A couple's confidentiality agreement can change after they joined. The clinician proposes a new
// one; each current partner confirms it; when the last one confirms it comes into force (copied to
// Couple.confidentiality, which every page reads) and the previous one is superseded.
//
// Until both confirm, the agreement in force stays the OLD one, and sharing goes on under it. Why
// not pause sharing instead: the old agreement is the one both partners have consented to, whichever
// way the change goes; pausing would hide from each partner what they were promised they would see,
// and would let one partner stop the couple's work by not answering. A new proposal replaces one
// still waiting (that one is withdrawn). Every version is kept, with who confirmed it and when, and
// shown to the clinician and both partners.

type Tx = Prisma.TransactionClient;

async function members(tx: Tx | typeof db, coupleId: string) {
  return tx.clientProfile.findMany({
    where: { coupleId, closedAt: null },
    select: { userId: true, consentAcceptedAt: true, user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
}

/** Couples made before this history existed: their agreement as at the start, with each join. */
async function ensureBaseline(tx: Tx, couple: { id: string; clinicianId: string; createdAt: Date }) {
  if (await tx.coupleAgreement.count({ where: { coupleId: couple.id } })) return;
  const current = await tx.couple.findUniqueOrThrow({
    where: { id: couple.id },
    select: { confidentiality: true, confidentialityNote: true },
  });
  const partners = await members(tx, couple.id);
  await tx.coupleAgreement.create({
    data: {
      coupleId: couple.id,
      confidentiality: current.confidentiality,
      note: current.confidentialityNote,
      status: "IN_FORCE",
      proposedById: couple.clinicianId,
      proposedAt: couple.createdAt,
      inForceAt: couple.createdAt,
      // Each partner confirmed it when they accepted their invitation.
      confirmations: {
        create: partners.map((p) => ({
          clientId: p.userId,
          confirmedAt: p.consentAcceptedAt ?? couple.createdAt,
        })),
      },
    },
  });
}

async function bringIntoForce(tx: Tx, coupleId: string, agreementId: string, now: Date) {
  await tx.coupleAgreement.updateMany({
    where: { coupleId, status: "IN_FORCE" },
    data: { status: "SUPERSEDED", endedAt: now },
  });
  const row = await tx.coupleAgreement.update({
    where: { id: agreementId },
    data: { status: "IN_FORCE", inForceAt: now },
    select: { confidentiality: true, note: true },
  });
  await tx.couple.update({
    where: { id: coupleId },
    data: { confidentiality: row.confidentiality, confidentialityNote: row.note },
  });
}

/** The clinician proposes a new agreement for one of their couples. */
export async function proposeAgreementChange(
  actor: Actor,
  input: ProposeAgreementInput,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<{ inForce: boolean }> {
  assertCan(actor, "manage:couple-agreement:own");
  const couple = await db.couple.findFirst({
    where: { id: input.coupleId, practiceId: actor.practiceId, clinicianId: actor.userId },
    select: {
      id: true,
      clinicianId: true,
      createdAt: true,
      confidentiality: true,
      confidentialityNote: true,
    },
  });
  if (!couple) throw notFound("That couple");
  return db.$transaction(async (tx) => {
    await ensureBaseline(tx, couple);
    const pending = await tx.coupleAgreement.findFirst({ where: { coupleId: couple.id, status: "PENDING" } });
    const same =
      couple.confidentiality === input.confidentiality && couple.confidentialityNote === input.note;
    if (same && !pending) throw conflict("That is already the agreement in force.", { reason: "unchanged" });
    await tx.coupleAgreement.updateMany({
      where: { coupleId: couple.id, status: "PENDING" },
      data: { status: "WITHDRAWN", endedAt: now },
    });
    const partners = await members(tx, couple.id);
    const audit = (action: string, inForce: boolean) =>
      recordAuditMany(
        actor,
        (partners.length ? partners.map((p) => p.userId) : [null]).map((clientId) => ({
          action,
          subjectType: "Couple",
          subjectId: couple.id,
          clientId,
          metadata: { confidentiality: input.confidentiality, withNote: input.note !== null, inForce },
        })),
        meta,
        { tx },
      );
    // Going back to the agreement in force just withdraws the proposal.
    if (same) {
      await audit("couple.agreement_proposal_withdrawn", true);
      return { inForce: true };
    }
    const created = await tx.coupleAgreement.create({
      data: {
        coupleId: couple.id,
        confidentiality: input.confidentiality,
        note: input.note,
        status: "PENDING",
        proposedById: actor.userId,
        proposedAt: now,
      },
      select: { id: true },
    });
    // Nobody has joined yet: there is no one to confirm, and whoever joins confirms it on joining.
    const inForce = partners.length === 0;
    if (inForce) await bringIntoForce(tx, couple.id, created.id, now);
    await audit("couple.agreement_proposed", inForce);
    return { inForce };
  });
}

/** A partner confirms the proposed agreement; the last confirmation brings it into force. */
export async function confirmAgreement(
  actor: Actor,
  agreementId: string,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<{ inForce: boolean }> {
  assertCan(actor, "confirm:couple-agreement:own");
  const profile = await db.clientProfile.findFirst({
    where: { userId: actor.userId, practiceId: actor.practiceId, closedAt: null },
    select: { coupleId: true },
  });
  const agreement = profile?.coupleId
    ? await db.coupleAgreement.findFirst({
        where: { id: agreementId, coupleId: profile.coupleId },
        select: { id: true, coupleId: true, status: true },
      })
    : null;
  if (!agreement) throw notFound("That agreement");
  if (agreement.status !== "PENDING")
    throw conflict("This agreement is no longer waiting for confirmation.", { reason: "not_pending" });
  return db.$transaction(async (tx) => {
    await tx.coupleAgreementConfirmation.createMany({
      data: [{ agreementId: agreement.id, clientId: actor.userId, confirmedAt: now }],
      skipDuplicates: true,
    });
    const partners = await members(tx, agreement.coupleId);
    const confirmed = new Set(
      (
        await tx.coupleAgreementConfirmation.findMany({
          where: { agreementId: agreement.id },
          select: { clientId: true },
        })
      ).map((c) => c.clientId),
    );
    const inForce = partners.every((p) => confirmed.has(p.userId));
    if (inForce) await bringIntoForce(tx, agreement.coupleId, agreement.id, now);
    await recordAuditMany(
      actor,
      [
        {
          action: "couple.agreement_confirmed",
          subjectType: "Couple",
          subjectId: agreement.coupleId,
          clientId: actor.userId,
          metadata: { agreementId: agreement.id, inForce },
        },
      ],
      meta,
      { tx },
    );
    return { inForce };
  });
}

/** A partner who joins confirms the agreement in force (as shown on the invitation). */
export async function recordJoinConfirmation(tx: Tx, coupleId: string, clientId: string, now: Date) {
  const inForce = await tx.coupleAgreement.findFirst({
    where: { coupleId, status: "IN_FORCE" },
    select: { id: true },
  });
  if (inForce)
    await tx.coupleAgreementConfirmation.createMany({
      data: [{ agreementId: inForce.id, clientId, confirmedAt: now }],
      skipDuplicates: true,
    });
}

/** Every version, newest first, with each current partner's confirmation. Callers scope the couple. */
async function history(coupleId: string): Promise<AgreementHistoryItem[]> {
  const [rows, partners] = await Promise.all([
    db.coupleAgreement.findMany({
      where: { coupleId },
      orderBy: [{ proposedAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        confidentiality: true,
        note: true,
        status: true,
        proposedAt: true,
        inForceAt: true,
        endedAt: true,
        confirmations: { select: { clientId: true, confirmedAt: true } },
      },
    }),
    members(db, coupleId),
  ]);
  return rows.map(({ confirmations, ...r }) => ({
    ...r,
    partners: partners.map((p) => ({
      clientId: p.userId,
      name: p.user.name,
      confirmedAt: confirmations.find((c) => c.clientId === p.userId)?.confirmedAt ?? null,
    })),
  }));
}

/** The clinician's view of one of their couples' agreements (the couple page's read is audited there). */
export async function agreementHistoryForClinician(actor: Actor, coupleId: string) {
  assertCan(actor, "manage:couple-agreement:own");
  const couple = await db.couple.findFirst({
    where: { id: coupleId, practiceId: actor.practiceId, clinicianId: actor.userId },
    select: { id: true },
  });
  if (!couple) throw notFound("That couple");
  return history(couple.id);
}

/** A partner's view of their own couple's agreements (empty when not in a couple). */
export async function myAgreementHistory(actor: Actor): Promise<AgreementHistoryItem[]> {
  assertCan(actor, "confirm:couple-agreement:own");
  const profile = await db.clientProfile.findFirst({
    where: { userId: actor.userId, practiceId: actor.practiceId },
    select: { coupleId: true },
  });
  return profile?.coupleId ? history(profile.coupleId) : [];
}
