import { describe, expect, it } from "vitest";
import { reviewHref, waitingReviewHref } from "@/lib/review/links";

describe("reviewHref", () => {
  it("opens a client's own work on its card in their prep view", () => {
    expect(reviewHref({ assignmentId: "a1", coupleId: null, clientId: "c1" })).toBe(
      "/prep/clients/c1#assignment-a1",
    );
  });

  it("opens couple work in the couple's prep view, whichever partner sent it", () => {
    expect(reviewHref({ assignmentId: "a2", coupleId: "k1", clientId: "c1" })).toBe(
      "/prep/couples/k1#assignment-a2",
    );
  });

  it("offers a review link only while someone's work is waiting for review", () => {
    const couple = { id: "k1" };
    const recipients = [
      { clientId: "c1", state: "REVIEWED" },
      { clientId: "c2", state: "IN_PROGRESS" },
    ];
    expect(waitingReviewHref({ id: "a3", couple: null, recipients })).toBeNull();
    expect(
      waitingReviewHref({
        id: "a3",
        couple: null,
        recipients: [...recipients, { clientId: "c3", state: "SUBMITTED" }],
      }),
    ).toBe("/prep/clients/c3#assignment-a3");
    expect(
      waitingReviewHref({ id: "a4", couple, recipients: [{ clientId: "c1", state: "SUBMITTED" }] }),
    ).toBe("/prep/couples/k1#assignment-a4");
  });
});
