import type { InvitationDto, InvitationStatus } from "./schemas";

// Invitation rows (read with `invitationSelect`) to what the people who manage them see. No database access.

export const invitationSelect = {
  id: true,
  practiceId: true,
  invitedById: true,
  email: true,
  name: true,
  role: true,
  coupleId: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  createdAt: true,
  invitedBy: { select: { name: true } },
  couple: { select: { id: true, name: true } },
} as const;

type Row = {
  id: string;
  email: string;
  name: string;
  role: InvitationDto["role"];
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  invitedBy: { name: string };
  couple: { id: string; name: string } | null;
};

export function invitationStatus(
  row: Pick<Row, "acceptedAt" | "revokedAt" | "expiresAt">,
  now: Date = new Date(),
): InvitationStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

export function toInvitationDto(row: Row, now: Date): InvitationDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    status: invitationStatus(row, now),
    invitedByName: row.invitedBy.name,
    couple: row.couple,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
