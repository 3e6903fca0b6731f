import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkPassword,
  commonPasswordCount,
  isCommonPassword,
  parseCommonPasswordList,
} from "@/lib/auth/password/policy";
import {
  checkPasswordShape,
  isRepetitive,
  isSequence,
  passwordLength,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from "@/lib/auth/password/rules";

const reason = (password: string, context = {}) => {
  const result = checkPassword(password, context);
  return result.ok ? "ok" : result.reason;
};

describe("password policy (NIST SP 800-63B-4)", () => {
  it("requires at least 15 characters, counted as people see them", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(15);
    expect(reason("tulip anchor m")).toBe("too_short"); // 14
    expect(reason("tulip anchor mo")).toBe("ok"); // 15
    // 15 code points, but 20 UTF-16 units: emoji count once each.
    const emoji = "🌊🌲🏔️ river walk";
    expect(passwordLength(emoji)).toBeLessThan(emoji.length);
    // A decomposed accent (e + U+0301) is one character after NFC.
    expect(passwordLength("cafe\u0301")).toBe(4);
  });

  it("has no composition rules: lower-case words with spaces are fine", () => {
    expect(reason("quiet harbour lantern")).toBe("ok");
    expect(reason("orange tractor wednesday")).toBe("ok");
  });

  it("accepts any Unicode: accents, non-Latin scripts, emoji", () => {
    expect(reason("мой тихий сад у реки")).toBe("ok");
    expect(reason("静かな川のほとりで本を読むのが好き")).toBe("ok");
    expect(reason("crème brûlée à minuit")).toBe("ok");
    expect(reason("🌊 tide pools at dawn 🦀")).toBe("ok");
  });

  it("never truncates: accepts 1024 characters, refuses 1025, and a change at the end matters", () => {
    expect(PASSWORD_MAX_LENGTH).toBe(1024);
    const words = "maple harbor violin cobalt ".repeat(40);
    const long = words.slice(0, 1024);
    expect(reason(long)).toBe("ok");
    expect(reason(`${long}x`)).toBe("too_long");
  });

  it("refuses entries of the shipped common/breached list, whatever the case", () => {
    expect(reason("passwordpassword")).toBe("common");
    expect(reason("PasswordPassword")).toBe("common");
    expect(reason("passwordstandard")).toBe("common");
    expect(reason("mailcreated5240")).toBe("common");
    expect(reason("ne_e_pod_chehyl")).toBe("common");
  });

  it("refuses thin disguises of common passwords", () => {
    expect(reason("sunshine2024!!!!!!")).toBe("common"); // padded
    expect(reason("!!!!!!!football99")).toBe("common"); // padded in front
    expect(reason("p4ssw0rd12345678")).toBe("common"); // letter-for-digit swaps
    expect(reason("iloveyouiloveyou")).toBe("common"); // said twice
    expect(reason("monkeydragon2020")).toBe("common"); // two very common entries
    expect(reason("dragon dragon dragon")).toBe("common");
  });

  it("refuses repeated characters and keyboard or alphabet runs", () => {
    expect(reason("aaaaaaaaaaaaaaaa")).toBe("repetitive");
    expect(reason("abcabcabcabcabcabc")).toBe("repetitive");
    expect(reason("abcdefghijklmnop")).toBe("sequence");
    expect(reason("0987654321098765")).toBe("sequence");
    expect(reason("asdfghjklasdfghjkl")).toBe("sequence");
    expect(isRepetitive("tulip anchor moss")).toBe(false);
    expect(isSequence("tulip anchor moss")).toBe(false);
  });

  it("refuses passphrases built on the person's email, name or the app's name", () => {
    expect(reason("riley.morgan2024!", { email: "riley.morgan@example.com" })).toBe("context");
    expect(reason("Riley Morgan 1985!", { name: "Riley Morgan" })).toBe("context");
    expect(reason("mend mend mend 2024")).toBe("context");
    // Containing the word is fine when plenty else is there.
    expect(reason("riley walks the dog at dawn", { name: "Riley Morgan" })).toBe("ok");
    expect(reason("mend-demo-password")).toBe("ok");
  });

  it("gives the browser-safe shape check the same answers for rules that need no list", () => {
    expect(checkPasswordShape("short").ok).toBe(false);
    expect(checkPasswordShape("quiet harbour lantern").ok).toBe(true);
    // The list check only runs on the server: the shape check alone lets this through.
    expect(checkPasswordShape("passwordpassword").ok).toBe(true);
    expect(isCommonPassword("passwordpassword")).toBe(true);
  });

  it("ships the list with the app and reads it into a Set-like lookup that is fast", () => {
    expect(commonPasswordCount()).toBeGreaterThan(40_000);
    const started = performance.now();
    for (let i = 0; i < 2_000; i++) isCommonPassword(`violet canyon ${i} lantern`);
    const perCheckMs = (performance.now() - started) / 2_000;
    expect(perCheckMs).toBeLessThan(1);
  });

  it("parses the list file: header comments skipped, entries kept even when they start with #", () => {
    const ranks = parseCommonPasswordList("# header\n# more\n123456\npassword\n#name?\n\n");
    expect([...ranks.keys()]).toEqual(["123456", "password", "#name?"]);
    expect(ranks.get("password")).toBe(1);
    const file = readFileSync(
      path.resolve(__dirname, "../../../content/security/common-passwords.txt"),
      "utf8",
    );
    expect(file.startsWith("# Common and breached passwords")).toBe(true);
  });
});
