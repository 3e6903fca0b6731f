"use client";

import { lazy, Suspense, useEffect, useState } from "react";
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

// Shown only when writing would be left behind, so not part of the page's first JavaScript: a
// client's page fetches it once hydrated (it must be at hand offline, when it matters most).
const loadDialog = () => import("./unsynced-dialog");
const UnsyncedDialog = lazy(loadDialog);

/**
 * Sign out. `userId` (clients, who write drafts): anything not yet saved to Mend is sent first, and
 * if some writing is still only on this device the person is told and chooses what happens to it.
 */
export function SignOutButton({ userId }: { userId?: string }) {
  const router = useRouter();
  const [unsynced, setUnsynced] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (userId) void loadDialog().catch(() => undefined);
  }, [userId]);

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
        <Suspense fallback={null}>
          <UnsyncedDialog
            count={unsynced.length}
            onSave={goSave}
            onKeep={() => void finish()}
            onDelete={() => void finish(userId)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
