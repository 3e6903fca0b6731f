// The server's check of a draft or submission body against the pinned exercise (zod, via
// lib/exercises/answer-schemas.ts). Apart from answers.ts so the client form does not ship zod.
import { answerSchemaFor } from "@/lib/exercises/answer-schemas";
import { promptsFor } from "@/lib/exercises/answers";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import type { AnswerProblem, StoredAnswers } from "./answers";

/**
 * Checks a draft against the prompts of the client's perspective: unknown prompts, values of the
 * wrong shape or size, and sharing where there is no partner are refused, each with its path.
 * A valid draft comes back normalised (values as parsed).
 */
export function checkAnswers(
  definition: ExerciseDefinition,
  perspectiveId: string | null,
  answers: Record<string, { value?: unknown; shared: boolean }>,
  sharingAvailable: boolean,
): { ok: true; answers: StoredAnswers } | { ok: false; problems: AnswerProblem[] } {
  const prompts = promptsFor(definition, perspectiveId);
  const problems: AnswerProblem[] = [];
  const out: StoredAnswers = {};
  for (const [promptId, entry] of Object.entries(answers)) {
    const prompt = prompts.find((p) => p.id === promptId);
    if (!prompt) {
      problems.push({
        path: `answers.${promptId}`,
        message: "This question is not part of your copy of this exercise.",
      });
      continue;
    }
    const parsed = answerSchemaFor(prompt).safeParse(entry.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push({
        path: `answers.${promptId}.value`,
        message:
          issue && issue.code !== "invalid_type"
            ? issue.message
            : "This answer is not in the right form for its question.",
      });
      continue;
    }
    if (entry.shared && !sharingAvailable) {
      problems.push({
        path: `answers.${promptId}.shared`,
        message: "Answers can be shared only on work you do with a partner.",
      });
      continue;
    }
    out[promptId] = { value: parsed.data, shared: entry.shared };
  }
  return problems.length ? { ok: false, problems } : { ok: true, answers: out };
}
