// What the library card and the top of the exercise show: title, summary, guide section, audience,
// time it takes and the introduction.
import type { Draft } from "./draft";
import { SelectField, TextField, type Errors } from "./fields";
import { fieldId } from "./paths";

export function AboutSection({
  draft,
  set,
  errors,
  sections,
}: {
  draft: Draft;
  set: (change: Partial<Draft>) => void;
  errors: Errors;
  sections: { id: string; title: string }[];
}) {
  return (
    <section
      aria-labelledby="about-heading"
      className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:p-5"
    >
      <h2 id="about-heading" className="text-lg font-semibold">
        About this exercise
      </h2>
      <TextField
        path="title"
        label="Title"
        value={draft.title}
        onChange={(title) => set({ title })}
        errors={errors}
        required
        maxLength={200}
      />
      <TextField
        path="summary"
        label="Summary"
        hint="One or two sentences for the library card."
        value={draft.summary}
        onChange={(summary) => set({ summary })}
        errors={errors}
        multiline
        required
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <SelectField
          id={fieldId("section")}
          label="Guide section"
          error={errors.section}
          value={draft.section}
          onChange={(section) => set({ section })}
        >
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={fieldId("audience")}
          label="Audience"
          error={errors.audience}
          value={draft.audience}
          onChange={(audience) => set({ audience: audience as Draft["audience"] })}
        >
          <option value="both">Individuals or couples</option>
          <option value="couple">Couples</option>
          <option value="individual">Individuals</option>
        </SelectField>
        <TextField
          path="estimatedMinutes"
          label="Minutes it takes"
          type="number"
          min={1}
          max={240}
          value={draft.estimatedMinutes}
          onChange={(estimatedMinutes) => set({ estimatedMinutes })}
          errors={errors}
        />
      </div>
      <TextField
        path="intro"
        label="Introduction (optional)"
        hint="What the client reads before the questions."
        value={draft.intro}
        onChange={(intro) => set({ intro })}
        errors={errors}
        multiline
      />
    </section>
  );
}
