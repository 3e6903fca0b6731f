import "server-only";
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from "node:crypto";
import { env } from "@/lib/env";

// Small, boring crypto helpers for lib/auth. Nothing here is invented: random tokens from the OS,
// SHA-256 for looking tokens up by hash, AES-256-GCM for secrets kept at rest, and keys derived
// from NEXTAUTH_SECRET with HKDF so each use has its own key.

/** A URL-safe random token carrying 256 bits. Only its hash is ever stored. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Tokens are 256-bit random values, so a plain SHA-256 is enough to store them safely. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

function deriveKey(purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", env().NEXTAUTH_SECRET, "mend", `mend:${purpose}:v1`, 32));
}

/**
 * Recovery codes are short enough to type, so they are keyed (HMAC with a derived key) rather than
 * plainly hashed: a stolen database alone is not enough to test guesses offline.
 */
export function hashRecoveryCode(normalisedCode: string): string {
  return createHmac("sha256", deriveKey("recovery-code")).update(normalisedCode, "utf8").digest("hex");
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const VERSION = "v1";

/** AES-256-GCM with a fresh 96-bit IV; the result is `v1.<iv>.<ciphertext>.<tag>` in base64url. */
export function encryptSecret(plain: string, purpose = "totp-secret"): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(purpose), iv);
  cipher.setAAD(Buffer.from(purpose));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [
    VERSION,
    iv.toString("base64url"),
    body.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
  ].join(".");
}

/** Throws when the value was not produced by encryptSecret with the same key and purpose. */
export function decryptSecret(sealed: string, purpose = "totp-secret"): string {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== VERSION || !iv || !body || !tag) throw new Error("Unrecognised sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", deriveKey(purpose), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(purpose));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
