"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import {
  CLIENT_NEWS_KINDS,
  CLIENT_NEWS_LABELS,
  type ClientNewsKind,
} from "@/lib/notifications/client-news-kinds";

type State = { ok: boolean; message?: string };

/** One switch per kind of news email a client can get. Works without JavaScript too. */
export function EmailKindsForm({
  action,
  wanted,
}: {
  action: (state: State, data: FormData) => Promise<State>;
  wanted: Record<ClientNewsKind, boolean>;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-4" aria-labelledby="email-kinds-heading">
      <h2 id="email-kinds-heading" className="text-lg font-semibold">
        Emails about your work
      </h2>
      <p className="text-muted">
        Each says who it is from and links to Mend; never what anyone wrote or the name of an exercise.
      </p>
      {state.message ? (
        <Notice tone={state.ok ? "success" : "warn"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </Notice>
      ) : null}
      {CLIENT_NEWS_KINDS.map((kind) => (
        <div key={kind} className="flex items-start gap-3">
          <input
            id={`email-${kind}`}
            name={`email-${kind}`}
            type="checkbox"
            defaultChecked={wanted[kind]}
            className="mt-1 size-6 shrink-0 accent-[var(--color-accent)]"
            aria-describedby={`email-${kind}-hint`}
          />
          <div>
            <label htmlFor={`email-${kind}`} className="font-medium">
              {CLIENT_NEWS_LABELS[kind].label}
            </label>
            <p id={`email-${kind}-hint`} className="text-muted">
              {CLIENT_NEWS_LABELS[kind].hint}
            </p>
          </div>
        </div>
      ))}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Updating..." : "Update these emails"}
        </Button>
      </div>
    </form>
  );
}
