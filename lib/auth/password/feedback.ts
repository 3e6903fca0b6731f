import "server-only";
import type { Actor } from "@/lib/policy/actor";
import { checkPassword } from "./policy";

/**
 * Live feedback while someone types a new password: the same check the server applies on save.
 * It reveals nothing about any account (the list and the rules are public), so it needs no sign-in;
 * a signed-in person's own name and email are used as context words.
 */
export function checkPasswordForFeedback(
  actor: Actor | null,
  input: { password: string; email?: string; name?: string },
): { ok: boolean; reason?: string; message?: string } {
  const result = checkPassword(input.password, {
    email: input.email ?? actor?.email,
    name: input.name ?? actor?.name,
  });
  return result.ok ? { ok: true } : { ok: false, reason: result.reason, message: result.message };
}
