import { describe, expect, it } from "vitest";
import { placeFeedback } from "@/lib/review/placement";
import type { ClientFeedbackDto } from "@/lib/review/schemas";

function fb(
  id: string,
  about: ClientFeedbackDto["about"],
  promptId: string | null,
  isNew = false,
): ClientFeedbackDto {
  return {
    id,
    body: id,
    createdAt: "2026-12-01T00:00:00.000Z",
    authorName: "Dr. Riley Morgan",
    about,
    promptId,
    promptLabel: promptId,
    editedAt: null,
    withdrawn: false,
    isNew,
    partnerSees: about !== "mine",
  };
}

describe("placeFeedback", () => {
  it("puts feedback on the client's own answers under them and opens at the first new one in page order", () => {
    const placed = placeFeedback(
      [
        fb("general", "general", null, true),
        fb("on-b", "mine", "b", true),
        fb("on-a", "mine", "a"),
        fb("partner", "partner", "a", true),
      ],
      ["a", "b"],
    );
    expect(placed.byPrompt.get("a")!.map((f) => f.id)).toEqual(["on-a"]);
    expect(placed.byPrompt.get("b")!.map((f) => f.id)).toEqual(["on-b"]);
    expect(placed.rest.map((f) => f.id)).toEqual(["general", "partner"]);
    // "b" is above the list below the form, so its feedback comes first on the page.
    expect(placed.anchorId).toBe("on-b");
  });

  it("has no anchor when nothing is new, and keeps feedback on an unknown prompt in the list", () => {
    const placed = placeFeedback([fb("stray", "mine", "gone")], ["a"]);
    expect(placed.rest.map((f) => f.id)).toEqual(["stray"]);
    expect(placed.anchorId).toBeNull();
  });
});
