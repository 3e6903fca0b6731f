import { describe, expect, it } from "vitest";
import { getCompletionView } from "@/lib/responses/completion-view";
import { assignmentScenario, assignSlowingDown } from "./support";

describe("the completion page's view", () => {
  it("gives a client their copy, their answers, the pinned version, the practice's word and their location in one call", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    const view = await getCompletionView(s.actors.alex, a.id);
    expect(view.assignment).toMatchObject({ id: a.id, view: "client", perspective: { id: "was-hurt" } });
    expect(view.response).toMatchObject({
      view: "client",
      assignmentId: a.id,
      version: 0,
      sharingAvailable: true,
    });
    expect(view.version.id).toBe(a.exercise.versionId);
    expect(view.assignmentLabel).toBe("reflection");
    expect(view.location.state).toBeTruthy();
  });

  it("is a 404 for an assignment that is not the client's, and a 403 for anyone who is not a client", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    await expect(getCompletionView(s.actors.client, a.id)).rejects.toMatchObject({ status: 404 });
    await expect(getCompletionView(s.actors.clinician, a.id)).rejects.toMatchObject({ status: 403 });
  });
});
