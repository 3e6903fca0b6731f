import "server-only";
import { recordAuditMany, type AuditRequestMeta } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertActsAsClinician } from "@/lib/policy/assignments";
import { assertCan } from "@/lib/policy/permissions";
import { riskKindWords } from "./rules";
import type { AcknowledgeRiskAlertInput, RiskAlertDto } from "./schemas";

// Open risk alerts for the clinician of the client (their clinician now: a caseload may have moved),
// and acknowledging one. Listing is a read of client data (who answered what), recorded in the audit
// trail before anything is returned (one `risk_alert.viewed` per client); acknowledging is recorded
// with the change, in the same transaction. The optional note stays on the alert, never in the trail.

/** Open alerts of the actor's caseload, oldest first; `clientIds` narrows to one client or couple. */
export async function listOpenRiskAlerts(
  actor: Actor,
  filter: { clientIds?: readonly string[] } = {},
  meta: AuditRequestMeta = {},
): Promise<RiskAlertDto[]> {
  assertCan(actor, "read:prep:own");
  assertActsAsClinician(actor);
  const caseload = await db.clientProfile.findMany({
    where: {
      practiceId: actor.practiceId,
      clinicianId: actor.userId,
      ...(filter.clientIds ? { userId: { in: [...filter.clientIds] } } : {}),
    },
    select: { userId: true, coupleId: true, user: { select: { name: true } } },
  });
  if (caseload.length === 0) return [];
  const byClient = new Map(caseload.map((c) => [c.userId, c]));
  const rows = await db.riskAlert.findMany({
    where: { practiceId: actor.practiceId, acknowledgedAt: null, clientId: { in: [...byClient.keys()] } },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, clientId: true, createdAt: true },
  });
  if (rows.length === 0) return [];
  const clients = [...new Set(rows.map((r) => r.clientId))];
  await recordAuditMany(
    actor,
    clients.map((clientId) => ({
      action: "risk_alert.viewed",
      subjectType: "ClientProfile",
      subjectId: clientId,
      clientId,
      metadata: { open: rows.filter((r) => r.clientId === clientId).length },
    })),
    meta,
  );
  return rows.map((r) => {
    const client = byClient.get(r.clientId)!;
    return {
      id: r.id,
      kind: r.kind,
      what: riskKindWords(r.kind),
      clientId: r.clientId,
      clientName: client.user.name,
      createdAt: r.createdAt.toISOString(),
      prepHref: client.coupleId ? `/prep/couples/${client.coupleId}` : `/prep/clients/${r.clientId}`,
    };
  });
}

/**
 * The clinician has seen the alert (and, in their note, perhaps what they did). 404 for an alert
 * outside their caseload; 409 when it was already acknowledged.
 */
export async function acknowledgeRiskAlert(
  actor: Actor,
  input: AcknowledgeRiskAlertInput,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<{ id: string; acknowledgedAt: string }> {
  assertCan(actor, "review:assignment:own");
  assertActsAsClinician(actor);
  const alert = await db.riskAlert.findFirst({
    where: { id: input.alertId, practiceId: actor.practiceId },
    select: { id: true, kind: true, clientId: true },
  });
  const own =
    alert &&
    (await db.clientProfile.count({ where: { userId: alert.clientId, clinicianId: actor.userId } })) === 1;
  if (!alert || !own) throw notFound("That alert");
  return db.$transaction(async (tx) => {
    const updated = await tx.riskAlert.updateMany({
      where: { id: alert.id, acknowledgedAt: null },
      data: { acknowledgedAt: now, acknowledgedById: actor.userId, note: input.note ?? null },
    });
    if (updated.count !== 1) throw conflict("This alert was already acknowledged.");
    await recordAuditMany(
      actor,
      [
        {
          action: "risk_alert.acknowledged",
          subjectType: "RiskAlert",
          subjectId: alert.id,
          clientId: alert.clientId,
          metadata: { kind: alert.kind, withNote: Boolean(input.note) },
        },
      ],
      meta,
      { tx },
    );
    return { id: alert.id, acknowledgedAt: now.toISOString() };
  });
}
