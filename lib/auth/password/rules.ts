// The parts of the password policy that need no word list: safe to import in the browser, where
// they give live feedback while someone types. The server applies these and the common-password
// list (lib/auth/password/policy.ts) before any password is stored.
//
// NIST SP 800-63B-4 §3.1.1.2: at least 15 characters, no composition rules (no "one digit, one
// symbol"), every printable character and Unicode allowed, spaces included, never truncated, and
// refused when it is a known, expected or context-specific value.

export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 1024;

export const PASSWORD_RULE =
  "Use at least 15 characters. Spaces, punctuation and any language are welcome; there are no rules about digits or symbols. A few unrelated words make a strong passphrase that is easy to remember.";

export type PasswordCheck = { ok: true } | { ok: false; reason: PasswordProblem; message: string };

export type PasswordProblem = "too_short" | "too_long" | "repetitive" | "sequence" | "context" | "common";

export type PasswordContext = { email?: string | null; name?: string | null };

const MESSAGES: Record<PasswordProblem, string> = {
  too_short: `Use at least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong, memorable passphrase.`,
  too_long: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  repetitive: "This repeats the same few characters. Try a few unrelated words instead.",
  sequence:
    "This is a run of consecutive letters, digits or keys, which is easy to guess. Try a few unrelated words instead.",
  context: "Choose a passphrase that is not based on your name, your email address or Mend.",
  common:
    "This passphrase appears in lists of common or leaked passwords, so it is easy to guess. Please choose something less predictable.",
};

export function refuse(reason: PasswordProblem): PasswordCheck {
  return { ok: false, reason, message: MESSAGES[reason] };
}

/** The same passphrase typed on two devices (composed or decomposed accents) compares equal. */
export function normalizePassword(password: string): string {
  return password.normalize("NFC");
}

/** Counts characters as people see them (code points), not UTF-16 units. */
export function passwordLength(password: string): number {
  return [...normalizePassword(password)].length;
}

/** True when the whole string is one short unit (up to 4 characters) said over and over. */
export function isRepetitive(lowered: string): boolean {
  const chars = [...lowered];
  if (new Set(chars).size <= 2) return true;
  for (let unit = 1; unit <= 4; unit++) {
    if (chars.length < unit * 3) break;
    if (chars.every((c, i) => c === chars[i % unit])) return true;
  }
  return false;
}

const SEQUENCES = [
  "abcdefghijklmnopqrstuvwxyz",
  "01234567890",
  "qwertyuiop",
  "asdfghjkl",
  "zxcvbnm",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
  "qazwsxedcrfvtgbyhnujmikolp",
];

function isStep(a: string, b: string): boolean {
  return a === b || SEQUENCES.some((seq) => seq.includes(a + b) || seq.includes(b + a));
}

/** True when (ignoring spaces and dashes) every character follows the one before on a keyboard or alphabet. */
export function isSequence(lowered: string): boolean {
  const chars = [...lowered.replace(/[\s\-_.]/g, "")];
  if (chars.length < 2) return false;
  let steps = 0;
  for (let i = 1; i < chars.length; i++) if (isStep(chars[i - 1]!, chars[i]!)) steps++;
  return steps >= chars.length - 2;
}

const SERVICE_WORDS = ["mend"];

/** Words a guesser would try first for this person: the email's local part, name parts, the app's name. */
export function contextWords(context: PasswordContext): string[] {
  const words = new Set<string>(SERVICE_WORDS);
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local) {
    words.add(local);
    for (const part of local.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  for (const part of (context.name ?? "").toLowerCase().split(/[^\p{L}\p{N}]+/u))
    if (part.length >= 3) words.add(part);
  return [...words].filter((w) => w.length >= 3);
}

/** What is left to guess once the context words are taken out, counting letters and digits only. */
function remainderAfter(lowered: string, words: string[]): number {
  let rest = lowered;
  for (const word of [...words].sort((a, b) => b.length - a.length)) rest = rest.split(word).join("");
  return [...rest.replace(/[^\p{L}\p{N}]/gu, "")].length;
}

/**
 * Every rule that needs no word list. Returns the first problem found, worded for the person typing.
 */
export function checkPasswordShape(password: string, context: PasswordContext = {}): PasswordCheck {
  const n = passwordLength(password);
  if (n < PASSWORD_MIN_LENGTH) return refuse("too_short");
  if (n > PASSWORD_MAX_LENGTH) return refuse("too_long");
  const lowered = normalizePassword(password).toLowerCase();
  if (isRepetitive(lowered)) return refuse("repetitive");
  if (isSequence(lowered)) return refuse("sequence");
  const words = contextWords(context);
  if (words.some((w) => lowered.includes(w)) && remainderAfter(lowered, words) < 8) return refuse("context");
  return { ok: true };
}
