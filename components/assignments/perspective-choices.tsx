"use client";

import { SelectField } from "@/components/ui/field";

type Person = { id: string; firstName: string };
type Perspective = { id: string; label: string };

/** For an exercise written from more than one side: which side each person answers from. */
export function PerspectiveChoices({
  people,
  perspectives,
  chosen,
  idFor,
  problemFor,
  onChoose,
}: {
  people: Person[];
  perspectives: Perspective[];
  chosen: Record<string, string>;
  idFor: (personId: string) => string;
  problemFor: (personId: string) => string | undefined;
  onChoose: (personId: string, perspectiveId: string) => void;
}) {
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 font-medium">Which side each person answers from</legend>
      {people.map((person) => (
        <SelectField
          key={person.id}
          id={idFor(person.id)}
          label={`${person.firstName} answers as`}
          value={chosen[person.id] ?? ""}
          onChange={(e) => onChoose(person.id, e.target.value)}
          error={problemFor(person.id)}
        >
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
