"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** What the privacy page's server action answers with (app/(client)/account/privacy/actions.ts). */
/** `share` is the saved choice; absent when saving failed. */
export type DraftSharingState = { ok: boolean; message: string; share?: boolean | null };

/** Whether the therapist may see unsent drafts. A plain form: it works before JavaScript loads. */
export function DraftSharingForm({
  save,
  share,
  clinicianName,
}: {
  /** The page's server action. */
  save: (previous: DraftSharingState, form: FormData) => Promise<DraftSharingState>;
  share: boolean;
  clinicianName: string;
}) {
  const [state, action, pending] = useActionState<DraftSharingState, FormData>(save, {
    ok: true,
    message: "",
    share,
  });
  const current = state.share ?? share;
  const option =
    "flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-line bg-surface px-3 py-2.5 has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent";
  return (
    <form action={action} className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 font-medium">Can {clinicianName} see answers you have not sent yet?</legend>
        <label className={option}>
          <input
            type="radio"
            name="share"
            value="no"
            defaultChecked={!current}
            className="mt-1 size-5 accent-accent"
          />
          <span>
            <span className="block">No, only what I send</span>
            <span className="block text-sm text-muted">
              Drafts stay private until you press send. This is the default.
            </span>
          </span>
        </label>
        <label className={option}>
          <input
            type="radio"
            name="share"
            value="yes"
            defaultChecked={current}
            className="mt-1 size-5 accent-accent"
          />
          <span>
            <span className="block">Yes, {clinicianName} may see my drafts</span>
            <span className="block text-sm text-muted">
              Useful if you want to talk about something you have started but not finished.
            </span>
          </span>
        </label>
      </fieldset>
      {state.message ? (
        <Notice tone={state.ok ? "success" : "warn"} role="status">
          {state.message}
        </Notice>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
