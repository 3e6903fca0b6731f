"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { ACTIVITY_PING_EVERY_MS, IDLE_WARNING_MS, SESSION_TOUCH_EVERY_MS } from "@/lib/auth/sessions/idle";
import { clearLocalDrafts, signOutOfMend } from "./sign-out-button";

// Staff are signed out after STAFF_IDLE_MINUTES without activity; the server refuses an idle session
// on its own. This makes it humane: a minute before, a dialog offers "Stay signed in" (which tells the
// server, through GET /api/v1/me, that the person is here), and at the deadline the page goes to the
// sign-in page with an explanation instead of failing on the next click. Tabs share the last time
// any of them reached the server, so working in one tab keeps the others alive.

const STORAGE_KEY = "mend:idle:last-contact";
const EXPIRED_URL = "/sign-in?error=SessionExpired";
const SIGNED_OUT_URL = "/sign-in";

function readShared(): number {
  try {
    return Number(localStorage.getItem(STORAGE_KEY)) || 0;
  } catch {
    return 0;
  }
}

function writeShared(at: number): void {
  try {
    if (at > readShared()) localStorage.setItem(STORAGE_KEY, String(at));
  } catch {
    // storage unavailable: this tab keeps its own clock
  }
}

export function IdleTimeout({ idleMs }: { idleMs: number }) {
  const router = useRouter();
  const lastContact = useRef(0);
  const pinging = useRef(false);
  const expired = useRef(false);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const stayButton = useRef<HTMLButtonElement>(null);

  // The browser's deadline keeps a margin for how far the server's record of activity may lag.
  const deadline = useCallback(
    () => Math.max(lastContact.current, readShared()) + idleMs - SESSION_TOUCH_EVERY_MS,
    [idleMs],
  );

  const expire = useCallback(
    async (to: string = EXPIRED_URL) => {
      if (expired.current) return;
      expired.current = true;
      setSecondsLeft(null);
      clearLocalDrafts();
      await signOutOfMend().catch(() => undefined);
      router.replace(to);
      router.refresh();
    },
    [router],
  );

  const contacted = useCallback((at: number) => {
    lastContact.current = at;
    writeShared(at);
  }, []);

  const ping = useCallback(async (): Promise<boolean> => {
    if (pinging.current) return true;
    pinging.current = true;
    try {
      const response = await fetch("/api/v1/me", {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        cache: "no-store",
      });
      if (response.status === 401) {
        await expire();
        return false;
      }
      if (response.ok) contacted(Date.now());
      return response.ok;
    } catch {
      // Offline for a moment: the next tick or click tries again.
      return false;
    } finally {
      pinging.current = false;
    }
  }, [contacted, expire]);

  useEffect(() => {
    // Rendering this page was a request: the session was touched just now.
    contacted(Date.now());

    const tick = () => {
      if (expired.current) return;
      const left = deadline() - Date.now();
      if (left <= 0) {
        void expire();
        return;
      }
      setSecondsLeft(left <= IDLE_WARNING_MS ? Math.ceil(left / 1000) : null);
    };
    const timer = window.setInterval(tick, 1000);

    // Real work in the page (typing a note) counts as activity, even without page loads.
    const onActivity = () => {
      const now = Date.now();
      const last = Math.max(lastContact.current, readShared());
      const warning = deadline() - now <= IDLE_WARNING_MS;
      if (!warning && now - last > Math.min(ACTIVITY_PING_EVERY_MS, idleMs / 3)) void ping();
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) tick();
    };
    window.addEventListener("keydown", onActivity);
    window.addEventListener("pointerdown", onActivity);
    window.addEventListener("storage", onStorage);
    document.addEventListener("visibilitychange", tick);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("keydown", onActivity);
      window.removeEventListener("pointerdown", onActivity);
      window.removeEventListener("storage", onStorage);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [contacted, deadline, expire, idleMs, ping]);

  const warning = secondsLeft !== null;
  useEffect(() => {
    if (warning) stayButton.current?.focus();
  }, [warning]);

  if (!warning) return null;
  return (
    <div
      className="fixed inset-0 z-50 flex items-end justify-center bg-ink/40 p-4 sm:items-center"
      data-testid="idle-warning"
    >
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby="idle-body"
        className="w-full max-w-sm rounded-xl border border-line bg-surface p-5 shadow-lg"
      >
        <h2 id="idle-title" className="text-lg font-semibold">
          Are you still there?
        </h2>
        <p id="idle-body" className="mt-1 text-muted">
          To protect your clients&apos; records, Mend signs you out after a while without activity. You will
          be signed out in <span className="font-medium text-ink">{secondsLeft} seconds</span>.
        </p>
        <div className="mt-4 flex flex-wrap gap-2">
          <button
            ref={stayButton}
            type="button"
            onClick={async () => {
              if (await ping()) setSecondsLeft(null);
            }}
            className="inline-flex min-h-11 items-center justify-center rounded-lg bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong"
          >
            Stay signed in
          </button>
          <button
            type="button"
            onClick={() => void expire(SIGNED_OUT_URL)}
            className="inline-flex min-h-11 items-center justify-center rounded-lg border border-line bg-surface px-4 py-2 font-medium text-ink hover:bg-canvas"
          >
            Sign out now
          </button>
        </div>
      </div>
    </div>
  );
}
