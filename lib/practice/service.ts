import "server-only";
import { recordAudit, type AuditMetadata, type AuditRequestMeta } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import type { PracticeSettings, PracticeSettingsChange } from "./schemas";

// The admin's practice settings. Always the admin's own practice (the actor's practiceId): there is
// no id to guess, so another practice's settings cannot be read or changed. A change writes one
// `practice.settings_changed` event naming each changed field's value before and after: these are
// practice settings, never client data.

const select = {
  name: true,
  timeZone: true,
  assignmentLabel: true,
  retentionYears: true,
  locationMaxAgeDays: true,
  requireTwoFactor: true,
} as const;

type Row = {
  name: string;
  timeZone: string;
  assignmentLabel: string;
  retentionYears: number;
  locationMaxAgeDays: number;
  requireTwoFactor: boolean;
};

function toDto(row: Row): PracticeSettings {
  const { assignmentLabel, ...rest } = row;
  return { ...rest, workWord: assignmentLabel };
}

export async function getPracticeSettings(actor: Actor): Promise<PracticeSettings> {
  assertCan(actor, "manage:practice");
  return toDto(await db.practice.findUniqueOrThrow({ where: { id: actor.practiceId }, select }));
}

export async function updatePracticeSettings(
  actor: Actor,
  change: PracticeSettingsChange,
  meta: AuditRequestMeta = {},
): Promise<PracticeSettings> {
  assertCan(actor, "manage:practice");
  return db.$transaction(async (tx) => {
    const before = toDto(await tx.practice.findUniqueOrThrow({ where: { id: actor.practiceId }, select }));
    const changed = (Object.keys(change) as (keyof PracticeSettings)[]).filter(
      (key) => change[key] !== undefined && change[key] !== before[key],
    );
    if (changed.length === 0) return before;
    const { workWord, ...rest } = change;
    const after = toDto(
      await tx.practice.update({
        where: { id: actor.practiceId },
        data: { ...rest, ...(workWord === undefined ? {} : { assignmentLabel: workWord }) },
        select,
      }),
    );
    const metadata: AuditMetadata = { fields: changed.join(",") };
    for (const key of changed) {
      metadata[`${key}.before`] = before[key];
      metadata[`${key}.after`] = after[key];
    }
    await recordAudit(
      actor,
      { action: "practice.settings_changed", subjectType: "Practice", subjectId: actor.practiceId, metadata },
      meta,
      { tx },
    );
    return after;
  });
}
