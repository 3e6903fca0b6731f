import { describe, expect, it } from "vitest";
import { feedbackAudience, feedbackLabel, privacyTag } from "@/lib/prep/privacy-words";

// The prep view's words about who sees an answer and who a feedback reaches: while a couple's sharing
// is paused (a partner not screened "no concern"), nothing may claim the partner sees it.

const alex = { name: "Alex Rivera", revision: 1 };
const sam = { name: "Sam Rivera", revision: 1 };
const samNotSent = { name: "Sam Rivera", revision: null };
const shared = { shared: true, lines: ["Mostly grief."] };
const mine = { shared: false, lines: ["Only for you."] };

describe("prep view privacy words", () => {
  it("a shared answer names the partner while sharing is on", () => {
    expect(privacyTag(shared, "Sam Rivera", false)).toEqual({ kind: "shared", text: "Shared with Sam" });
    expect(feedbackLabel(alex, shared, sam, true, false)).toBe("Feedback Alex and Sam see");
    expect(feedbackAudience(alex, shared, sam, true, false)).toBe(
      "Alex and Sam will both see this, because Alex shared this answer.",
    );
    expect(feedbackLabel(alex, shared, samNotSent, true, false)).toBe(
      "Feedback Alex sees (Sam too, once they send theirs)",
    );
  });

  it("while sharing is paused, nothing says the partner sees it", () => {
    const tag = privacyTag(shared, "Sam Rivera", true);
    expect(tag).toEqual({ kind: "paused", text: "Sharing paused · Sam does not see this" });
    expect(feedbackLabel(alex, shared, sam, true, true)).toBe("Feedback Alex sees");
    expect(feedbackLabel(alex, shared, samNotSent, true, true)).toBe("Feedback Alex sees");
    const audience = feedbackAudience(alex, shared, sam, true, true);
    expect(audience).toBe("Sharing paused: only Alex sees this.");
    for (const words of [tag!.text, audience, feedbackLabel(alex, shared, sam, true, true)]) {
      expect(words).not.toMatch(/Alex and Sam|will both see|Shared with/);
      // Neutral: never why, never whose screen.
      expect(words).not.toMatch(/safety|screen|concern/i);
    }
  });

  it("private and blank answers read the same whether or not sharing is paused", () => {
    for (const paused of [false, true]) {
      expect(privacyTag(mine, "Sam", paused)).toEqual({ kind: "private", text: "Private · only you" });
      expect(privacyTag({ shared: true, lines: [] }, "Sam", paused)).toBeNull();
      expect(feedbackAudience(alex, mine, sam, true, paused)).toBe(
        "Alex will see this feedback with their answers.",
      );
      expect(feedbackLabel(alex, mine, sam, true, paused)).toBe("Feedback Alex sees");
    }
  });
});
