"use client";

import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { sameAnswers, type StoredAnswers } from "@/lib/responses/answers";
import type { LockReason } from "@/lib/responses/schemas";
import { DraftSync, type SyncSnapshot } from "./draft-sync";
import { draftStorageKey, FLUSH_DRAFTS_EVENT, LocalDraftStore, type FlushRequest } from "./local-draft";
import { putDraft } from "./put-draft";

type Initial = {
  version: number;
  answers: StoredAnswers;
  locked: LockReason | null;
};

/**
 * The save loop of one assignment on this device: reads the encrypted device copy, starts DraftSync
 * (autosave, offline queue, conflicts) and flushes when the page is hidden. Locked work starts no
 * loop; what the device still holds beyond the last save is returned as `lockedLeftovers`, to copy.
 */
export function useDraftSync({
  assignmentId,
  userId,
  draftKey,
  initial,
}: {
  assignmentId: string;
  userId: string;
  draftKey: string;
  initial: Initial;
}) {
  const syncRef = useRef<DraftSync | null>(null);
  const storeRef = useRef<LocalDraftStore | null>(null);
  const [snap, setSnap] = useState<SyncSnapshot>({
    answers: initial.answers,
    version: initial.version,
    status: initial.locked ? { kind: "locked", reason: initial.locked } : { kind: "saved", at: null },
    merged: false,
  });
  const [ready, setReady] = useState(false);
  const [lockedLeftovers, setLockedLeftovers] = useState<StoredAnswers | null>(null);
  const startRef = useRef<(() => void) | null>(null);
  // Answers typed before the loop started, by prompt id.
  const earlyRef = useRef<StoredAnswers | null>(null);
  const wantedRef = useRef(false);

  useEffect(() => {
    const store = new LocalDraftStore(draftStorageKey(userId, assignmentId), draftKey);
    storeRef.current = store;
    let sync: DraftSync | null = null;
    let cancelled = false;
    let started = false;
    // Started by `begin()`, once the prompts have hydrated: the read (and decryption) of the device
    // copy re-renders the form, and done mid-hydration that re-render would first force each
    // prompt not yet hydrated to hydrate, in one long task.
    const start = () => {
      if (started || cancelled) return;
      started = true;
      void store.read().then((local) => {
        if (cancelled) return;
        if (initial.locked) {
          // Nothing can be sent any more; keep showing what this device still holds, to copy.
          startTransition(() => {
            if (local && !sameAnswers(local.answers, initial.answers)) setLockedLeftovers(local.answers);
            setReady(true);
          });
          return;
        }
        sync = new DraftSync(
          {
            put: (version, answers) => putDraft(assignmentId, version, answers),
            persist: (draft) => store.write(draft),
            onChange: setSnap,
            isOnline: () => navigator.onLine,
          },
          { version: initial.version, answers: initial.answers },
          local,
        );
        syncRef.current = sync;
        // What was typed before this (the inputs work as soon as they hydrate) goes on top.
        const early = earlyRef.current;
        earlyRef.current = null;
        if (early) sync.edit({ ...sync.snapshot().answers, ...early });
        const first = sync.snapshot();
        // A transition: re-rendering every prompt with the device copy may yield to the browser, so
        // it never blocks a tap or keystroke on a slow phone (it measured as one long task).
        startTransition(() => {
          setSnap(first);
          setReady(true);
        });
      });
    };
    startRef.current = start;
    if (wantedRef.current) start();
    const online = () => syncRef.current?.online();
    const hidden = () => {
      if (document.visibilityState === "hidden") void syncRef.current?.flush();
    };
    // Sign-out asks every open form to send what it holds first (components/shell/sign-out-guard.ts).
    const beforeSignOut = (event: Event) => {
      const pending = (event as CustomEvent<FlushRequest>).detail?.waits;
      if (syncRef.current && pending) pending.push(syncRef.current.flush());
    };
    window.addEventListener("online", online);
    window.addEventListener(FLUSH_DRAFTS_EVENT, beforeSignOut);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      cancelled = true;
      startRef.current = null;
      sync?.dispose();
      syncRef.current = null;
      window.removeEventListener("online", online);
      window.removeEventListener(FLUSH_DRAFTS_EVENT, beforeSignOut);
      document.removeEventListener("visibilitychange", hidden);
    };
    // The island is keyed by the assignment: the initial copy is read once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [assignmentId, userId, draftKey]);

  /** Starts the loop (stable; see components/forms/after-hydration.tsx for when it is called). */
  const begin = useCallback(() => {
    wantedRef.current = true;
    startRef.current?.();
  }, []);

  /**
   * Changes one answer. Before the loop has started (the device copy is read just after the page
   * hydrates) the change is shown at once and kept aside, then applied over the device copy: the
   * inputs are never disabled while that happens, since disabling and enabling every input of a
   * long exercise measured as one long task on a phone.
   */
  const editAnswer = useCallback(
    (promptId: string, change: (previous: StoredAnswers[string] | undefined) => StoredAnswers[string]) => {
      const sync = syncRef.current;
      if (sync) {
        const current = sync.snapshot().answers;
        sync.edit({ ...current, [promptId]: change(current[promptId]) });
        return;
      }
      const previous = earlyRef.current?.[promptId] ?? initial.answers[promptId];
      const entry = change(previous);
      earlyRef.current = { ...earlyRef.current, [promptId]: entry };
      setSnap((s) => ({ ...s, answers: { ...s.answers, [promptId]: entry } }));
    },
    // The island is keyed by the assignment: `initial` is the first render's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  return { syncRef, storeRef, snap, ready, lockedLeftovers, setLockedLeftovers, begin, editAnswer };
}
