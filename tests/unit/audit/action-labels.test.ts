import { describe, expect, it } from "vitest";
import { ACTION_LABELS, actionLabel } from "@/lib/audit/actions";

describe("audit action labels", () => {
  it("labels appointment changes, and rows written when they were still called sessions", () => {
    expect(actionLabel("appointment.scheduled")).toBe("Scheduled an appointment");
    // The trail is append-only: older rows keep their old names and read the same.
    for (const [old, now] of [
      ["session.scheduled", "appointment.scheduled"],
      ["session.updated", "appointment.updated"],
      ["session.cancelled", "appointment.cancelled"],
    ] as const) {
      expect(actionLabel(old)).toBe(actionLabel(now));
      expect(actionLabel(old)).not.toBe(old);
    }
  });

  it("offers only current names as actions of their own, and shows an unknown code as it is", () => {
    expect(Object.keys(ACTION_LABELS).some((action) => action.startsWith("session."))).toBe(false);
    expect(actionLabel("something.new")).toBe("something.new");
  });
});
