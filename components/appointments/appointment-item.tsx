"use client";

import { useActionState, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { AppointmentFields, type FieldValues } from "./appointment-fields";
import { useTypedValues, type ScheduleFormState } from "./schedule-form";

// One appointment on the clinician's schedule: change it (time, length, where, video link), cancel
// it after a confirmation that says who is told, or undo a cancellation.

type Result = { ok: boolean; message?: string };

export type ScheduleItem = {
  id: string;
  time: string;
  /** "Alex & Sam Rivera" or "Jordan Lee". */
  name: string;
  /** Who is emailed: "Alex and Sam" or "Jordan". */
  told: string;
  details: string;
  cancelled: boolean;
  values: FieldValues;
};

export function AppointmentItem({
  item,
  zoneLabel,
  update,
  cancel,
  restore,
}: {
  item: ScheduleItem;
  zoneLabel: string;
  update: (state: ScheduleFormState, data: FormData) => Promise<ScheduleFormState>;
  cancel: (id: string) => Promise<Result>;
  restore: (id: string) => Promise<Result>;
}) {
  const [mode, setMode] = useState<"view" | "change" | "confirm-cancel">("view");
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [state, formAction, saving] = useActionState(update, { ok: false });
  const { typed, remember } = useTypedValues();
  // A saved change closes the form (once per answer: derived from the action's state).
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    setHandled(state);
    if (state.ok) setMode("view");
  }

  const run = (fn: () => Promise<Result>, after: () => void) =>
    startTransition(async () => {
      const result = await fn();
      setFailure(result.ok ? null : (result.message ?? "That did not work. Please try again."));
      if (result.ok) after();
    });

  const headingId = `appointment-${item.id}`;
  return (
    <Card className="p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <p id={headingId} className={`font-medium ${item.cancelled ? "text-muted line-through" : ""}`}>
            {item.time} · {item.name}
          </p>
          <p className="text-sm text-muted">{item.cancelled ? "Cancelled" : item.details}</p>
        </div>
        {item.cancelled ? (
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() =>
              run(
                () => restore(item.id),
                () => undefined,
              )
            }
            aria-label={`Undo cancel: ${item.time} · ${item.name}`}
          >
            Undo cancel
          </Button>
        ) : mode === "view" ? (
          <div className="flex flex-wrap gap-2">
            <Button
              variant="secondary"
              onClick={() => setMode("change")}
              aria-label={`Change ${item.time} · ${item.name}`}
            >
              Change
            </Button>
            <Button
              variant="secondary"
              onClick={() => setMode("confirm-cancel")}
              aria-label={`Cancel ${item.time} · ${item.name}`}
            >
              Cancel
            </Button>
          </div>
        ) : null}
      </div>
      {item.cancelled ? (
        <p className="mt-2 text-sm text-muted">
          {item.told} will be told by email, unless you undo within a minute.
        </p>
      ) : null}
      {mode === "view" && state.ok && state.message ? (
        <div className="mt-3">
          <Notice tone="success" role="status">
            {state.message}
          </Notice>
        </div>
      ) : null}
      {failure ? (
        <div className="mt-3">
          <Notice tone="warn" role="alert">
            {failure}
          </Notice>
        </div>
      ) : null}
      {mode === "confirm-cancel" && !item.cancelled ? (
        <div className="mt-3" role="group" aria-label="Confirm cancelling">
          <Notice tone="warn" title={`Cancel the appointment with ${item.name} at ${item.time}?`}>
            {item.told} will get an email saying it is cancelled, with a calendar file that removes it. You
            can undo this for a minute before the email goes out.
          </Notice>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button
              variant="danger"
              disabled={pending}
              onClick={() =>
                run(
                  () => cancel(item.id),
                  () => setMode("view"),
                )
              }
            >
              {pending ? "Cancelling…" : "Yes, cancel and tell them"}
            </Button>
            <Button variant="secondary" onClick={() => setMode("view")}>
              Keep it
            </Button>
          </div>
        </div>
      ) : null}
      {mode === "change" && !item.cancelled ? (
        <form
          action={formAction}
          onSubmit={remember}
          className="mt-4 grid gap-4 sm:grid-cols-2"
          aria-label={`Change ${item.name}`}
        >
          {state.message && !state.ok ? (
            <div className="sm:col-span-2">
              <Notice tone="warn" role="alert">
                {state.message}
              </Notice>
            </div>
          ) : null}
          <input type="hidden" name="id" value={item.id} />
          <AppointmentFields
            prefix={`change-${item.id}`}
            values={!state.ok && state.message && typed ? typed : item.values}
            errors={state.errors}
            zoneLabel={zoneLabel}
          />
          <div className="flex flex-wrap gap-2 sm:col-span-2">
            <Button type="submit" disabled={saving}>
              {saving ? "Saving…" : "Save and tell them"}
            </Button>
            <Button variant="secondary" onClick={() => setMode("view")}>
              Close
            </Button>
          </div>
        </form>
      ) : null}
    </Card>
  );
}
