"use client";

import { SelectField } from "@/components/ui/field";
import type { AssignExercise } from "./assign-form";

/** The library grouped by section, and a line on the chosen exercise: what it is, whom it was written for. */
export function ExercisePicker({
  id,
  exercises,
  value,
  onChange,
  error,
}: {
  id: string;
  exercises: AssignExercise[];
  value: string;
  onChange: (slug: string) => void;
  error: string | undefined;
}) {
  const sections = [...new Set(exercises.map((e) => e.section))];
  const exercise = exercises.find((e) => e.slug === value) ?? null;
  return (
    <>
      <SelectField
        id={id}
        label="Exercise"
        hint="From your library: the guide's exercises and your own. The latest version is used."
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
      >
        <option value="">Choose an exercise</option>
        {sections.map((section) => (
          <optgroup key={section} label={section}>
            {exercises
              .filter((e) => e.section === section)
              .map((e) => (
                <option key={e.slug} value={e.slug}>
                  {e.title} ({e.estimatedMinutes} min{e.source === "custom" ? ", yours" : ""})
                </option>
              ))}
          </optgroup>
        ))}
      </SelectField>
      {exercise ? (
        <p className="text-muted">
          {exercise.summary} Version {exercise.version}.{" "}
          {exercise.audience === "couple"
            ? "Written for couples."
            : exercise.audience === "individual"
              ? "Written for individuals."
              : ""}
        </p>
      ) : null}
    </>
  );
}
