// The frame of an exercise as its client sees it: title, time, whose perspective and introduction
// above the prompts, a published measure's source below them. Server-safe: the completion form (components/exercises/exercise-view.tsx) and the read-only answers
// rendered on the server (components/responses/read-only-answers.tsx) share it, so both read alike.
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import { minutesLabel } from "./labels";

export function ExerciseHeader({
  definition,
  perspectiveId,
  headingLevel,
  children,
}: {
  definition: ExerciseDefinition;
  perspectiveId: string | null | undefined;
  /** 1 on its own page, 2 inside another page. */
  headingLevel: 1 | 2;
  /** Under the introduction (e.g. what "required" means, when something can still be answered). */
  children?: React.ReactNode;
}) {
  const Title = headingLevel === 1 ? "h1" : "h2";
  const perspective = definition.perspectives?.find((p) => p.id === perspectiveId);
  return (
    <header className="mb-6">
      <Title className="text-2xl font-semibold leading-tight tracking-tight">{definition.title}</Title>
      <p className="mt-1 text-base text-muted">
        {minutesLabel(definition.estimatedMinutes)}
        {perspective ? <> · For {perspective.label.replace(/^The /, "the ")}</> : null}
      </p>
      {definition.intro ? <p className="mt-4 text-lg leading-relaxed">{definition.intro}</p> : null}
      {children}
    </header>
  );
}

/** A published measure cites its source where it is answered (and where the answers are read). */
export function MeasureSource({ definition }: { definition: ExerciseDefinition }) {
  if (!definition.measure) return null;
  return (
    <p className="mt-6 text-sm text-muted" data-testid="measure-source">
      Source: {definition.measure.citation} {definition.measure.licence}
    </p>
  );
}
