"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** What the schedule action answers with (app/(clinician)/schedule/actions.ts). */
export type ScheduleFormState = { ok: boolean; message?: string; errors?: Record<string, string> };

type Option = { value: string; label: string };

const selectClass = "min-h-11 rounded-lg border border-line bg-surface px-3 py-2 text-base";

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
  const error = (field: string) => state.errors?.[field];
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
          className={selectClass}
          aria-invalid={error("with") ? true : undefined}
          defaultValue=""
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
      <div className="flex flex-col gap-1">
        <label htmlFor="date" className="font-medium">
          Date
        </label>
        <input
          id="date"
          name="date"
          type="date"
          required
          defaultValue={defaultDate}
          className={selectClass}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="time" className="font-medium">
          Time <span className="font-normal text-muted">({zoneLabel})</span>
        </label>
        <input
          id="time"
          name="time"
          type="time"
          required
          defaultValue="10:00"
          step={300}
          className={selectClass}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="durationMinutes" className="font-medium">
          Length
        </label>
        <select id="durationMinutes" name="durationMinutes" defaultValue="50" className={selectClass}>
          {[30, 45, 50, 60, 75, 90].map((m) => (
            <option key={m} value={m}>
              {m} minutes
            </option>
          ))}
        </select>
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">Where</legend>
        <div className="flex gap-4">
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="radio" name="modality" value="IN_PERSON" defaultChecked /> In person
          </label>
          <label className="inline-flex min-h-11 items-center gap-2">
            <input type="radio" name="modality" value="VIDEO" /> Video
          </label>
        </div>
      </fieldset>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Scheduling…" : "Schedule appointment"}
        </Button>
      </div>
    </form>
  );
}
