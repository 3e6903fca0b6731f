"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId } from "react";
import { Button } from "@/components/ui/button";

type State = { ok: boolean; message?: string };

/** Acknowledge one alert, with an optional note of what was done. */
export function AcknowledgeForm({
  alertId,
  clientName,
  action,
}: {
  alertId: string;
  clientName: string;
  action: (state: State, data: FormData) => Promise<State>;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const router = useRouter();
  const id = useId();
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state.ok, router]);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="alertId" value={alertId} />
      <label htmlFor={`${id}-note`} className="text-sm font-medium">
        Note (optional): what you did
      </label>
      <textarea
        id={`${id}-note`}
        name="note"
        rows={2}
        maxLength={2000}
        className="w-full rounded-lg border border-line bg-surface px-3 py-2 text-base"
      />
      {state.message && !state.ok ? (
        <p role="alert" className="text-sm text-danger">
          {state.message}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending} aria-label={`Acknowledge the alert for ${clientName}`}>
          {pending ? "Acknowledging…" : "Acknowledge"}
        </Button>
      </div>
    </form>
  );
}
