// Password rules after NIST SP 800-63B-4: length is what counts. At least 15 characters, no
// composition rules, any Unicode (normalised to NFC, so the same passphrase typed on two devices
// matches), never truncated, and refused when it is a known common or breached password.
// TODO(identity): the shipped common-password list is added by the identity work.

export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 1024;

export type PasswordCheck = { ok: true } | { ok: false; message: string };

/** Counts characters as people see them (code points), not UTF-16 units. */
function length(password: string): number {
  return [...password.normalize("NFC")].length;
}

export function checkPassword(password: string, context: { email?: string; name?: string } = {}): PasswordCheck {
  const n = length(password);
  if (n < PASSWORD_MIN_LENGTH) {
    return { ok: false, message: `Use at least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong, memorable passphrase.` };
  }
  if (n > PASSWORD_MAX_LENGTH) return { ok: false, message: `Use at most ${PASSWORD_MAX_LENGTH} characters.` };
  const lowered = password.normalize("NFC").toLowerCase();
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lowered.includes(local) && n - local.length < 8) {
    return { ok: false, message: "Choose a passphrase that is not based on your email address." };
  }
  return { ok: true };
}
