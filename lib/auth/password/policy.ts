import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  checkPasswordShape,
  normalizePassword,
  refuse,
  type PasswordCheck,
  type PasswordContext,
} from "./rules";

// Password rules after NIST SP 800-63B-4: length is what counts. At least 15 characters, no
// composition rules, any Unicode (normalised to NFC, so the same passphrase typed on two devices
// matches), never truncated, and refused when it is a known common or breached password.
//
// The list ships with the app (content/security/common-passwords.txt, generated from
// @zxcvbn-ts/language-common by scripts/build-common-passwords.ts) and is read once into a Set, so
// the check is offline and takes microseconds. Besides exact entries it refuses the obvious
// disguises: an entry padded with digits or symbols ("sunshine2024!!!!"), simple letter-for-digit
// swaps ("p4ssw0rd..."), an entry said twice, and two very common entries glued together.

export {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RULE,
  type PasswordCheck,
  type PasswordContext,
} from "./rules";

const LIST_FILE = path.join(process.cwd(), "content/security/common-passwords.txt");
/** Entries this high in the list are common enough that two of them together are still weak. */
const VERY_COMMON_RANK = 1000;

type CommonList = { ranks: Map<string, number> };
let list: CommonList | undefined;

/** Reads the shipped list. Only the header block (leading lines starting with #) is skipped. */
export function parseCommonPasswordList(text: string): Map<string, number> {
  const ranks = new Map<string, number>();
  let header = true;
  for (const line of text.split("\n")) {
    if (header && line.startsWith("#")) continue;
    header = false;
    const entry = line.replace(/\r$/, "");
    if (entry && !ranks.has(entry)) ranks.set(entry, ranks.size);
  }
  return ranks;
}

function commonList(): CommonList {
  list ??= { ranks: parseCommonPasswordList(readFileSync(LIST_FILE, "utf8")) };
  return list;
}

/** How many entries the shipped list holds (for tests and the README). */
export function commonPasswordCount(): number {
  return commonList().ranks.size;
}

const LEET: Record<string, string> = {
  "0": "o",
  "1": "l",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
};

function deLeet(value: string): string {
  return [...value].map((c) => LEET[c] ?? c).join("");
}

/** Drops digits, punctuation and spaces from both ends: "!!sunshine2024" → "sunshine". */
function core(value: string): string {
  return value.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
}

function variants(lowered: string): string[] {
  const out = new Set<string>([lowered, lowered.replace(/\s+/g, "")]);
  for (const v of [...out]) {
    out.add(core(v));
    out.add(deLeet(v));
    out.add(core(deLeet(v)));
  }
  return [...out].filter((v) => [...v].length >= 4);
}

function isRepeatOfEntry(value: string, ranks: Map<string, number>): boolean {
  for (let unit = 4; unit <= value.length / 2; unit++) {
    if (value.length % unit !== 0) continue;
    const piece = value.slice(0, unit);
    if (piece.repeat(value.length / unit) === value && ranks.has(piece)) return true;
  }
  return false;
}

function isTwoVeryCommonEntries(value: string, ranks: Map<string, number>): boolean {
  const veryCommon = (s: string) => (ranks.get(s) ?? Infinity) < VERY_COMMON_RANK;
  for (let i = 3; i <= value.length - 3; i++) {
    if (veryCommon(value.slice(0, i)) && veryCommon(value.slice(i))) return true;
  }
  return false;
}

/** True when the password is, or is a thin disguise of, a known common or breached password. */
export function isCommonPassword(password: string): boolean {
  const { ranks } = commonList();
  const lowered = normalizePassword(password).toLowerCase();
  for (const v of variants(lowered)) {
    if (ranks.has(v)) return true;
    const compact = v.replace(/[^\p{L}\p{N}]/gu, "");
    if (ranks.has(compact) || isRepeatOfEntry(compact, ranks) || isTwoVeryCommonEntries(compact, ranks))
      return true;
  }
  return false;
}

/**
 * The full policy, applied on the server to every password before it is hashed and stored
 * (invitation acceptance, reset, change). Returns the first problem, worded for the person.
 */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordCheck {
  const shape = checkPasswordShape(password, context);
  if (!shape.ok) return shape;
  if (isCommonPassword(password)) return refuse("common");
  return { ok: true };
}
