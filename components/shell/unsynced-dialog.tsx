"use client";

// Asked at sign-out when some of a client's writing is only on this device (./sign-out-button.tsx).
// Rarely shown, so loaded only then: the button is on every client page, including the completion
// page with its JavaScript budget.
import { useEffect, useRef } from "react";

const secondary =
  "inline-flex min-h-11 items-center justify-center rounded-lg border border-line bg-surface px-4 py-2 font-medium text-ink hover:bg-canvas";

export default function UnsyncedDialog({
  count,
  onSave,
  onKeep,
  onDelete,
}: {
  /** How many pieces of work have writing only on this device. */
  count: number;
  onSave: () => void;
  onKeep: () => void;
  onDelete: () => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="fixed inset-0 z-50 flex items-end justify-center bg-ink/40 p-4 sm:items-center">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="unsynced-title"
        aria-describedby="unsynced-body"
        data-testid="unsynced-warning"
        className="w-full max-w-md rounded-xl border border-line bg-surface p-5 text-base shadow-lg"
      >
        <h2 id="unsynced-title" className="text-lg font-semibold">
          Some of your writing is not saved to Mend yet
        </h2>
        <p id="unsynced-body" className="mt-1 text-muted">
          {count === 1 ? "One piece of work has" : `${count} pieces of work have`} writing that is only on
          this device
          {typeof navigator !== "undefined" && !navigator.onLine ? " (you seem to be offline)" : ""}. If you
          keep it here, it stays locked so that only you can open it: sign in again on this device and it will
          be waiting.
        </p>
        <div className="mt-4 flex flex-col gap-2">
          <button
            ref={first}
            type="button"
            onClick={onSave}
            className="inline-flex min-h-11 items-center justify-center rounded-lg bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong"
          >
            Go back and save it
          </button>
          <button type="button" onClick={onKeep} className={secondary}>
            Keep it on this device and sign out
          </button>
          <button
            type="button"
            onClick={onDelete}
            className="inline-flex min-h-11 items-center justify-center rounded-lg px-4 py-2 font-medium text-danger hover:bg-danger-soft"
          >
            Delete it and sign out
          </button>
        </div>
      </div>
    </div>
  );
}
