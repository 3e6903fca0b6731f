"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

type State = { ok: boolean; message?: string };

/** The practice's threshold for "How safe did you feel in the relationship this week?" (0-10). */
export function SafetyThresholdForm({
  threshold,
  min,
  max,
  action,
}: {
  threshold: number;
  min: number;
  max: number;
  action: (state: State, data: FormData) => Promise<State>;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {state.message ? (
        <Notice tone={state.ok ? "success" : "warn"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </Notice>
      ) : null}
      <p className="text-muted">
        In the weekly check-in, an answer to “How safe did you feel in the relationship this week?” (0 to 10)
        at or below this number alerts the client’s clinician, and the client is shown where to get help now.
        A PHQ-9 question 9 answered above “Not at all” always alerts.
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="threshold" className="font-medium">
            Alert at or below
          </label>
          <input
            id="threshold"
            name="threshold"
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            required
            defaultValue={threshold}
            className="min-h-11 w-24 rounded-lg border border-line bg-surface px-3 py-2 text-base"
          />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save threshold"}
        </Button>
      </div>
    </form>
  );
}
