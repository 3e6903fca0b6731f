import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

// Account and security events go to the append-only audit trail (lib/audit, the one writer): who,
// what, from where. Never a password, token, code or email body. Pass `tx` to record inside the
// transaction that makes the change, so the change and its record stand or fall together.

export type AuthEventAction =
  | "auth.password_reset_requested"
  | "auth.password_reset"
  | "auth.password_changed"
  | "auth.magic_link_requested"
  | "auth.magic_link_sign_in"
  | "auth.sign_out_everywhere"
  | "auth.two_factor_enabled"
  | "auth.two_factor_disabled"
  | "auth.recovery_codes_regenerated"
  | "auth.recovery_code_used"
  | "practice.require_two_factor_changed"
  | "people.role_changed"
  | "people.deactivated"
  | "people.reactivated"
  | "people.signed_out_everywhere"
  | "auth.device_signed_out";

export type AuthEventMeta = { ip?: string; userAgent?: string; requestId?: string };

export async function recordAuthEvent(
  event: {
    action: AuthEventAction;
    practiceId: string;
    actorId: string | null;
    actorRole: Role | null;
    subjectId: string;
    subjectType?: string;
    meta?: AuthEventMeta;
    metadata?: Record<string, string | number | boolean | null>;
  },
  tx?: Prisma.TransactionClient,
): Promise<void> {
  const actor =
    event.actorId && event.actorRole
      ? { userId: event.actorId, role: event.actorRole, practiceId: event.practiceId }
      : null;
  await recordAudit(
    actor,
    {
      action: event.action,
      subjectType: event.subjectType ?? "User",
      subjectId: event.subjectId,
      ...(event.metadata ? { metadata: event.metadata } : {}),
    },
    event.meta ?? {},
    { practiceId: event.practiceId, ...(tx ? { tx } : {}) },
  );
}
