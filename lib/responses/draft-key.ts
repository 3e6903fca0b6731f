import "server-only";
import { hkdfSync } from "node:crypto";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/policy/actor";

// Drafts waiting on a device (offline, or not yet confirmed by the server) are kept in the
// browser's localStorage encrypted with AES-GCM under this key. The key is derived from the server
// secret and the user id, and handed only to that signed-in user inside the completion page (never
// in a URL or cookie). So a copy left in a browser profile cannot be read without signing in as the
// same person, and another account on the same browser cannot read it either. Sign-out also
// deletes every "mend:" key. Rotating NEXTAUTH_SECRET makes older device copies unreadable (they are
// then set aside, not shown); the server copy is unaffected.
export function localDraftKey(actor: Pick<Actor, "userId">): string {
  return Buffer.from(
    hkdfSync("sha256", env().NEXTAUTH_SECRET, "mend", `mend:local-draft:v1:${actor.userId}`, 32),
  ).toString("base64url");
}
