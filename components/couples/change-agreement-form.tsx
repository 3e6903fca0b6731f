"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { CONFIDENTIALITY_DESCRIPTION, CONFIDENTIALITY_LABEL } from "@/lib/invitations/labels";

type State = { ok: boolean; message?: string };
type Kind = keyof typeof CONFIDENTIALITY_LABEL;

/** The clinician proposes a new agreement; both partners must confirm it before it applies. */
export function ChangeAgreementForm({
  action,
  coupleId,
  current,
  currentNote,
}: {
  action: (state: State, data: FormData) => Promise<State>;
  coupleId: string;
  current: Kind;
  currentNote: string | null;
}) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(
    async (previous: State, data: FormData) => {
      const result = await action(previous, data);
      // Sent: fold the form away; the history below shows the proposal waiting for both partners.
      if (result.ok) setOpen(false);
      return result;
    },
    { ok: false },
  );
  if (!open) {
    return (
      <div className="flex flex-col gap-3">
        {state.message ? (
          <Notice tone={state.ok ? "success" : "warn"} role={state.ok ? "status" : "alert"}>
            {state.message}
          </Notice>
        ) : null}
        <div>
          <Button variant="secondary" onClick={() => setOpen(true)}>
            Change the agreement
          </Button>
        </div>
      </div>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="coupleId" value={coupleId} />
      {state.message ? (
        <Notice tone={state.ok ? "success" : "warn"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </Notice>
      ) : null}
      <fieldset className="flex flex-col gap-3">
        <legend className="font-medium">New agreement</legend>
        {(Object.keys(CONFIDENTIALITY_LABEL) as Kind[]).map((kind) => (
          <div key={kind} className="flex items-start gap-3">
            <input
              id={`agreement-${kind}`}
              type="radio"
              name="confidentiality"
              value={kind}
              defaultChecked={kind === current}
              className="mt-1 size-5 shrink-0 accent-[var(--color-accent)]"
              aria-describedby={`agreement-${kind}-hint`}
            />
            <div>
              <label htmlFor={`agreement-${kind}`} className="font-medium">
                {CONFIDENTIALITY_LABEL[kind]}
              </label>
              <p id={`agreement-${kind}-hint`} className="text-sm text-muted">
                {CONFIDENTIALITY_DESCRIPTION[kind]}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        id="agreement-note"
        name="note"
        label="Note to both partners (optional)"
        hint="Both partners read it before confirming."
        defaultValue={currentNote ?? ""}
        maxLength={2000}
      />
      <p className="text-sm text-muted">
        Both partners confirm the new agreement in Mend. Until both have, the current one stays in force.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : "Ask both partners to confirm"}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
