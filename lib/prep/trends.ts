// Trends of repeated check-ins: for every exercise someone has sent at least twice, each scale
// prompt over time, one series per person. Scale prompt ids are stable across weeks and versions
// (the content pack promises it), so points line up by prompt id. Pure.
import { promptLists, type ExerciseDefinition, type Prompt } from "@/lib/exercises/schema";
import type { StoredAnswers } from "@/lib/responses/answers";
import type { TrendDto } from "./schemas";

export type TrendInput = {
  exerciseSlug: string;
  title: string;
  definition: ExerciseDefinition;
  /** The week the point belongs to: the assignment's due date, the same for both partners. */
  at: Date;
  clientId: string;
  answers: StoredAnswers;
};

type ScalePrompt = Extract<Prompt, { kind: "scale" }>;

function scalePrompts(definition: ExerciseDefinition): ScalePrompt[] {
  return promptLists(definition).flatMap((list) =>
    list.prompts.filter((p): p is ScalePrompt => p.kind === "scale"),
  );
}

export function buildTrends(
  inputs: readonly TrendInput[],
  people: readonly { clientId: string; name: string }[],
): TrendDto[] {
  const bySlug = new Map<string, TrendInput[]>();
  for (const input of inputs)
    bySlug.set(input.exerciseSlug, [...(bySlug.get(input.exerciseSlug) ?? []), input]);

  const trends: TrendDto[] = [];
  for (const [slug, list] of bySlug) {
    const sorted = [...list].sort((a, b) => a.at.getTime() - b.at.getTime());
    // Labels come from the newest version that has the prompt.
    const scales = new Map<string, ScalePrompt>();
    for (const input of sorted)
      for (const prompt of scalePrompts(input.definition)) scales.set(prompt.id, prompt);
    if (scales.size === 0) continue;

    const repeated = people.some(
      (person) => sorted.filter((i) => i.clientId === person.clientId).length >= 2,
    );
    if (!repeated) continue;

    const scaleDtos = [...scales.values()]
      .map((prompt) => ({
        promptId: prompt.id,
        label: prompt.label,
        min: prompt.min,
        max: prompt.max,
        minLabel: prompt.minLabel,
        maxLabel: prompt.maxLabel,
        series: people
          .map((person) => ({
            clientId: person.clientId,
            name: person.name,
            points: sorted
              .filter((i) => i.clientId === person.clientId)
              .flatMap((i) => {
                const value = i.answers[prompt.id]?.value;
                return typeof value === "number" ? [{ at: i.at.toISOString(), value }] : [];
              }),
          }))
          .filter((s) => s.points.length > 0),
      }))
      .filter((scale) => scale.series.length > 0);
    if (scaleDtos.length === 0) continue;
    trends.push({ exerciseSlug: slug, title: sorted[sorted.length - 1]!.title, scales: scaleDtos });
  }
  return trends.sort((a, b) => a.title.localeCompare(b.title));
}
