"use client";

import { SelectField } from "@/components/ui/field";

type Person = { id: string; firstName: string };
type Perspective = { id: string; label: string };

/** For an exercise written from more than one side: which side each person answers from, never defaulted. */
export function PerspectiveChoices({
  people,
  perspectives,
  chosen,
  lastTime,
  idFor,
  problemFor,
  onChoose,
}: {
  people: Person[];
  perspectives: Perspective[];
  chosen: Record<string, string>;
  /** The choices shown are this couple's from last time (not yet changed). */
  lastTime?: boolean;
  idFor: (personId: string) => string;
  problemFor: (personId: string) => string | undefined;
  onChoose: (personId: string, perspectiveId: string) => void;
}) {
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 font-medium">Which side each person answers from</legend>
      <p className="-mt-1 text-sm text-muted">
        {lastTime
          ? "As chosen last time for them. Check it is still right."
          : "Choose for each person: nothing is chosen for you."}
      </p>
      {people.map((person) => (
        <SelectField
          key={person.id}
          id={idFor(person.id)}
          label={`${person.firstName} answers as`}
          value={chosen[person.id] ?? ""}
          onChange={(e) => onChoose(person.id, e.target.value)}
          error={problemFor(person.id)}
        >
          <option value="">Choose a side</option>
          {perspectives.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </SelectField>
      ))}
    </fieldset>
  );
}
