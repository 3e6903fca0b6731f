import { describe, expect, it } from "vitest";
import { feedbackReplyHref } from "@/components/review/feedback-item";

// "Reply" on a piece of feedback: the thread is chosen by who reads the feedback, so replying never
// puts a partner in a conversation about something they could not see.

function target(href: string) {
  const url = new URL(href, "https://mend.test");
  return { path: url.pathname, ...Object.fromEntries(url.searchParams) };
}

describe("feedbackReplyHref", () => {
  const couple = { assignmentId: "asg1", couple: true };

  it("sends feedback only this partner reads to their own thread, with the reference", () => {
    expect(target(feedbackReplyHref(couple, { id: "c1", partnerSees: false }))).toEqual({
      path: "/messages",
      open: "own",
      assignment: "asg1",
      comment: "c1",
    });
  });

  it("sends feedback both partners read to the joint thread", () => {
    expect(target(feedbackReplyHref(couple, { id: "c2", partnerSees: true }))).toMatchObject({
      open: "joint",
      comment: "c2",
    });
  });

  it("keeps individual work in the client's own thread", () => {
    expect(
      target(feedbackReplyHref({ assignmentId: "asg2", couple: false }, { id: "c3", partnerSees: true })),
    ).toMatchObject({ open: "own", assignment: "asg2", comment: "c3" });
  });
});
