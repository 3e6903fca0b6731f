"use client";

import { useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { AppointmentFields, fieldClass, type FieldValues } from "./appointment-fields";

/** What the schedule actions answer with (app/(clinician)/schedule/actions.ts). */
export type ScheduleFormState = {
  ok: boolean;
  message?: string;
  errors?: Record<string, string>;
};

type Option = { value: string; label: string };

/**
 * What was typed, read as the form is submitted: a refused submission shows it again (React resets a
 * form after its action). The action itself stays the server action, so the form also works before
 * JavaScript has loaded.
 */
export function useTypedValues() {
  const [typed, setTyped] = useState<FieldValues | null>(null);
  const remember = (event: FormEvent<HTMLFormElement>) => {
    const values: FieldValues = {};
    for (const [key, value] of new FormData(event.currentTarget).entries())
      if (typeof value === "string") values[key] = value;
    setTyped(values);
  };
  return { typed, remember };
}

export function ScheduleForm({
  action,
  people,
  defaultDate,
  zoneLabel,
}: {
  action: (state: ScheduleFormState, data: FormData) => Promise<ScheduleFormState>;
  people: Option[];
  defaultDate: string;
  zoneLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const { typed, remember } = useTypedValues();
  const error = (field: string) => state.errors?.[field];
  const values = !state.ok && state.message && typed ? typed : { date: defaultDate, time: "10:00" };
  return (
    <form action={formAction} onSubmit={remember} className="grid gap-4 sm:grid-cols-2">
      {state.message ? (
        <div className="sm:col-span-2">
          <Notice tone={state.ok ? "success" : "warn"} role={state.ok ? "status" : "alert"}>
            {state.message}
          </Notice>
        </div>
      ) : null}
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor="with" className="font-medium">
          With
        </label>
        {/* Keyed by the value: React applies a select's defaultValue only when it mounts, and a form
            reset after a refusal must come back to what was chosen. */}
        <select
          key={`with-${values.with ?? ""}`}
          id="with"
          name="with"
          required
          className={fieldClass}
          aria-invalid={error("with") ? true : undefined}
          defaultValue={values.with ?? ""}
        >
          <option value="" disabled>
            Choose a client or couple
          </option>
          {people.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
        {error("with") ? <p className="text-sm text-danger">{error("with")}</p> : null}
      </div>
      <AppointmentFields prefix="new" values={values} errors={state.errors} zoneLabel={zoneLabel} />
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor="repeatWeeks" className="font-medium">
          Repeat
        </label>
        <select
          key={`repeat-${values.repeatWeeks ?? "1"}`}
          id="repeatWeeks"
          name="repeatWeeks"
          defaultValue={values.repeatWeeks ?? "1"}
          className={fieldClass}
        >
          <option value="1">Does not repeat</option>
          {[4, 6, 8, 10, 12].map((n) => (
            <option key={n} value={n}>
              Every week, {n} times
            </option>
          ))}
        </select>
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Scheduling…" : "Schedule appointment"}
        </Button>
      </div>
    </form>
  );
}
