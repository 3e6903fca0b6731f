import "server-only";
import { randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { decryptSecret, encryptSecret, hashRecoveryCode } from "@/lib/auth/crypto";
import { claimTotpStep } from "@/lib/auth/sign-in/rate-limit";

// TOTP (RFC 6238: 6 digits, 30 seconds, SHA-1, which every authenticator app supports) and
// recovery codes. The shared secret is kept encrypted (AES-256-GCM, key derived from
// NEXTAUTH_SECRET); recovery codes are kept only as keyed hashes and work once.

const PERIOD = 30;
const ISSUER = "Mend";

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function sealTotpSecret(base32: string): string {
  return encryptSecret(base32, "totp-secret");
}

export function openTotpSecret(sealed: string): string {
  return decryptSecret(sealed, "totp-secret");
}

function totp(base32: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(base32),
  });
}

/** The otpauth:// URI authenticator apps read from the QR code. */
export function totpUri(base32: string, label: string): string {
  return totp(base32, label).toString();
}

/** The current code (tests, and nothing else). */
export function currentTotpCode(base32: string, timestamp = Date.now()): string {
  return totp(base32, "code").generate({ timestamp });
}

/** "123 456" and "123456" are the same code. */
export function normaliseTotpCode(code: string): string | null {
  const digits = code.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * Checks a code against the secret, allowing one step of clock drift either way, and refuses a code
 * that was already used (replay) even inside its window.
 */
export async function verifyTotp(
  userId: string,
  base32: string,
  code: string,
  timestamp = Date.now(),
): Promise<boolean> {
  const token = normaliseTotpCode(code);
  if (!token) return false;
  const delta = totp(base32, "code").validate({ token, timestamp, window: 1 });
  if (delta === null) return false;
  const step = Math.floor(timestamp / 1000 / PERIOD) + delta;
  return claimTotpStep(userId, step);
}

// Recovery codes: 10 codes of 10 characters from an alphabet without look-alikes (no 0/o, 1/l/i),
// shown as xxxxx-xxxxx. About 49 bits each; guesses are throttled like sign-in attempts.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function normaliseRecoveryCode(code: string): string | null {
  const compact = code.toLowerCase().replace(/[\s-]/g, "");
  return new RegExp(`^[${ALPHABET}]{10}$`).test(compact) ? compact : null;
}

export function recoveryCodeHash(code: string): string | null {
  const normalised = normaliseRecoveryCode(code);
  return normalised ? hashRecoveryCode(normalised) : null;
}
