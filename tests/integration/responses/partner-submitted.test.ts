import { beforeEach, describe, expect, it, vi } from "vitest";
import { testApiClient } from "../../support/api-client";
import { signInForRoutes } from "../../support/route-session";
import { submitResponse } from "@/lib/responses/save";
import {
  assignCheckIn,
  assignmentScenario,
  assignSlowingDown,
  CAUSED_HARM,
  WAS_HURT,
} from "../assignments/support";
import { checkInAnswers } from "../measures/support";

// Issue 19: the send's answer says whether the partner has sent theirs, so the confirmation can say
// what is true at that moment ("Sam can now see the answers you shared") instead of what the page
// knew when it loaded ("once you have both sent yours").

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const api = testApiClient();
const id = (value: string) => ({ params: { path: { id: value } } });

beforeEach(() => {
  signInForRoutes(null);
});

describe("the submit answer says whether the partner has sent theirs", () => {
  it("false for the first partner to send, true for the second; sending again still true", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);

    signInForRoutes(s.actors.alex);
    const first = await api.POST("/api/v1/assignments/{id}/submit", {
      ...id(a.id),
      body: { version: 0, answers: WAS_HURT },
    });
    expect(first.response.status).toBe(200);
    expect(first.data).toMatchObject({ alreadySubmitted: false, partnerSubmitted: false });

    signInForRoutes(s.actors.sam);
    const second = await api.POST("/api/v1/assignments/{id}/submit", {
      ...id(a.id),
      body: { version: 0, answers: CAUSED_HARM },
    });
    expect(second.response.status).toBe(200);
    expect(second.data).toMatchObject({ alreadySubmitted: false, partnerSubmitted: true });

    // The first partner sends changes after both have sent: the partner has sent, so true.
    signInForRoutes(s.actors.alex);
    const changed = {
      ...WAS_HURT,
      "feelings-in-words": { value: "Grief, mostly, and less anger now.", shared: true },
    };
    const again = await api.POST("/api/v1/assignments/{id}/submit", {
      ...id(a.id),
      body: { version: first.data!.version, answers: changed },
    });
    expect(again.response.status).toBe(200);
    expect(again.data).toMatchObject({ alreadySubmitted: false, partnerSubmitted: true });
    // A repeated submit of the same answers (a double tap) answers the same.
    const repeat = await api.POST("/api/v1/assignments/{id}/submit", {
      ...id(a.id),
      body: { version: again.data!.version, answers: changed },
    });
    expect(repeat.data).toMatchObject({ alreadySubmitted: true, partnerSubmitted: true });
  });

  it("both partners sending at the same moment: at least the one who reads second is told both have sent", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    const [alex, sam] = await Promise.all([
      submitResponse(s.actors.alex, a.id, { version: 0, answers: WAS_HURT }),
      submitResponse(s.actors.sam, a.id, { version: 0, answers: CAUSED_HARM }),
    ]);
    expect([alex.partnerSubmitted, sam.partnerSubmitted]).toContain(true);
  });

  it("always false for work that is not a couple's", async () => {
    const s = await assignmentScenario();
    const a = await assignCheckIn(s);
    signInForRoutes(s.actors.client);
    const sent = await api.POST("/api/v1/assignments/{id}/submit", {
      ...id(a.id),
      body: { version: 0, answers: checkInAnswers(6) },
    });
    expect(sent.response.status).toBe(200);
    expect(sent.data).toMatchObject({ alreadySubmitted: false, partnerSubmitted: false });
  });
});
