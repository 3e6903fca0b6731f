"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { clearLocalData, flushOpenDrafts, unsyncedWork } from "./sign-out-guard";

/**
 * Clears this browser's Mend data at sign-out, except drafts not yet saved to Mend (those are only
 * deleted when the person chooses to: ./sign-out-guard.ts).
 */
export function clearLocalDrafts(): void {
  clearLocalData();
}

/**
 * next-auth's sign-out (its CSRF token, then a POST that ends the session row and clears the
 * cookie), done with fetch: the button is on every page, including the client's completion page,
 * and next-auth's browser client would add about 12 KB of gzipped JavaScript there for this alone.
 */
export async function signOutOfMend(): Promise<void> {
  const csrf = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken, callbackUrl: "/sign-in", json: "true" }),
  });
}

async function finish(discardDraftsOf?: string): Promise<void> {
  clearLocalData(discardDraftsOf ? { discardDraftsOf } : {});
  await signOutOfMend().catch(() => undefined);
  window.location.replace("/sign-in");
}

const secondary =
  "inline-flex min-h-11 items-center justify-center rounded-lg border border-line bg-surface px-4 py-2 font-medium text-ink hover:bg-canvas";

/**
 * Sign out. `userId` (clients, who write drafts): anything not yet saved to Mend is sent first, and
 * if some writing is still only on this device the person is told and chooses what happens to it.
 */
export function SignOutButton({ userId }: { userId?: string }) {
  const router = useRouter();
  const [unsynced, setUnsynced] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (unsynced) first.current?.focus();
  }, [unsynced]);

  async function start() {
    if (!userId) return finish();
    setBusy(true);
    await flushOpenDrafts();
    const left = unsyncedWork(userId);
    setBusy(false);
    if (left.length === 0) return finish();
    setUnsynced(left);
  }

  function goSave() {
    const target = `/assignments/${unsynced![0]}`;
    setUnsynced(null);
    // On that page already: its save status shows what is happening and retries on its own.
    if (window.location.pathname !== target) router.push(target);
  }

  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={() => void start()}
        className="min-h-11 rounded-lg px-3 text-muted hover:text-ink"
      >
        Sign out
      </button>
      {unsynced ? (
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
              {unsynced.length === 1 ? "One piece of work has" : `${unsynced.length} pieces of work have`}{" "}
              writing that is only on this device
              {typeof navigator !== "undefined" && !navigator.onLine ? " (you seem to be offline)" : ""}. If
              you keep it here, it stays locked so that only you can open it: sign in again on this device and
              it will be waiting.
            </p>
            <div className="mt-4 flex flex-col gap-2">
              <button
                ref={first}
                type="button"
                onClick={goSave}
                className="inline-flex min-h-11 items-center justify-center rounded-lg bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong"
              >
                Go back and save it
              </button>
              <button type="button" onClick={() => void finish()} className={secondary}>
                Keep it on this device and sign out
              </button>
              <button
                type="button"
                onClick={() => void finish(userId)}
                className="inline-flex min-h-11 items-center justify-center rounded-lg px-4 py-2 font-medium text-danger hover:bg-danger-soft"
              >
                Delete it and sign out
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </>
  );
}
