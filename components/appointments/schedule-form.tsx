"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { AppointmentFields, fieldClass, type FieldValues } from "./appointment-fields";

/** What the schedule actions answer with (app/(clinician)/schedule/actions.ts). */
export type ScheduleFormState = {
  ok: boolean;
  message?: string;
  errors?: Record<string, string>;
  /** What was typed, kept when the answer is a refusal so nothing has to be typed again. */
  values?: FieldValues;
};

type Option = { value: string; label: string };

/** Wraps a server action so the form keeps what was typed when it is refused. */
export function keepingValues(
  action: (state: ScheduleFormState, data: FormData) => Promise<ScheduleFormState>,
) {
  return async (state: ScheduleFormState, data: FormData): Promise<ScheduleFormState> => {
    const result = await action(state, data);
    if (result.ok) return result;
    const values: FieldValues = {};
    for (const [key, value] of data.entries()) if (typeof value === "string") values[key] = value;
    return { ...result, values };
  };
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
  const [state, formAction, pending] = useActionState(keepingValues(action), { ok: false });
  const error = (field: string) => state.errors?.[field];
  const values = state.values ?? { date: defaultDate, time: "10:00" };
  return (
    <form action={formAction} className="grid gap-4 sm:grid-cols-2">
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
        <select
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
