import { createHash, randomBytes } from "node:crypto";

// Invitation links carry 256 random bits; only their SHA-256 is stored, so a copy of the database
// cannot be turned into working links.

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
