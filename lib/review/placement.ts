// Where each piece of feedback sits on the client's completion page: feedback on one of their own
// answers goes under that answer; the rest (on the whole, for them, on a partner's shared answer) in
// the list below. The first new one in page order is where the page opens. Pure.
import type { ClientFeedbackDto } from "./schemas";

export type FeedbackPlacement = {
  /** Feedback under each of the client's answers, by prompt id, oldest first. */
  byPrompt: Map<string, ClientFeedbackDto[]>;
  /** Everything else, oldest first. */
  rest: ClientFeedbackDto[];
  /** The first new feedback in page order (null: nothing new). */
  anchorId: string | null;
};

export function placeFeedback(
  feedback: readonly ClientFeedbackDto[],
  promptIds: readonly string[],
): FeedbackPlacement {
  const byPrompt = new Map<string, ClientFeedbackDto[]>();
  const rest: ClientFeedbackDto[] = [];
  for (const f of feedback) {
    if (f.about === "mine" && f.promptId && promptIds.includes(f.promptId)) {
      byPrompt.set(f.promptId, [...(byPrompt.get(f.promptId) ?? []), f]);
    } else rest.push(f);
  }
  const inPageOrder = [...promptIds.flatMap((id) => byPrompt.get(id) ?? []), ...rest];
  return { byPrompt, rest, anchorId: inPageOrder.find((f) => f.isNew)?.id ?? null };
}
