import { describe, expect, it } from "vitest";
import { audienceOf, canClientSee, feedbackAudience, type CopyState } from "@/lib/review/visibility";

const copies = (alex: Partial<CopyState> = {}, sam: Partial<CopyState> = {}): CopyState[] => [
  {
    recipientId: "r-alex",
    clientId: "alex",
    submitted: true,
    sharedPromptIds: new Set(["shared-q"]),
    ...alex,
  },
  {
    recipientId: "r-sam",
    clientId: "sam",
    submitted: true,
    sharedPromptIds: new Set(["sam-shared"]),
    ...sam,
  },
];

describe("who may read a comment", () => {
  it("never shows a private note to any client", () => {
    for (const scope of [
      { recipientId: null, promptId: null },
      { recipientId: "r-alex", promptId: null },
      { recipientId: "r-alex", promptId: "shared-q" },
    ]) {
      expect(audienceOf({ kind: "PRIVATE_NOTE", ...scope }, copies())).toEqual([]);
    }
  });

  it("shows feedback on the whole assignment to everyone on it", () => {
    expect(
      audienceOf(
        { kind: "FEEDBACK", recipientId: null, promptId: null },
        copies({ submitted: false }, { submitted: false }),
      ),
    ).toEqual(["alex", "sam"]);
  });

  it("keeps general feedback to one partner with that partner", () => {
    expect(audienceOf({ kind: "FEEDBACK", recipientId: "r-alex", promptId: null }, copies())).toEqual([
      "alex",
    ]);
  });

  it("keeps feedback on a private answer with its author", () => {
    expect(audienceOf({ kind: "FEEDBACK", recipientId: "r-alex", promptId: "private-q" }, copies())).toEqual([
      "alex",
    ]);
  });

  it("shows feedback on a shared answer to the partner only once both have sent theirs", () => {
    const onShared = { kind: "FEEDBACK" as const, recipientId: "r-alex", promptId: "shared-q" };
    expect(audienceOf(onShared, copies())).toEqual(["alex", "sam"]);
    expect(audienceOf(onShared, copies({}, { submitted: false }))).toEqual(["alex"]);
    expect(audienceOf(onShared, copies({ submitted: false }))).toEqual(["alex"]);
    // Made private again in a later submission: back to its author only.
    expect(audienceOf(onShared, copies({ sharedPromptIds: new Set() }))).toEqual(["alex"]);
  });

  it("refuses viewers who are not on the assignment, and comments about copies not on it", () => {
    expect(
      canClientSee({ kind: "FEEDBACK", recipientId: null, promptId: null }, "r-stranger", copies()),
    ).toBe(false);
    expect(
      canClientSee({ kind: "FEEDBACK", recipientId: "r-other", promptId: "shared-q" }, "r-sam", copies()),
    ).toBe(false);
  });

  it("predicts the audience of feedback before it is written", () => {
    expect(feedbackAudience({ recipientId: "r-sam", promptId: "sam-shared" }, copies())).toEqual([
      "alex",
      "sam",
    ]);
    expect(feedbackAudience({ recipientId: "r-sam", promptId: "sam-private" }, copies())).toEqual(["sam"]);
  });
});
