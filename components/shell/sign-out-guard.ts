"use client";

import {
  FLUSH_DRAFTS_EVENT,
  isDraftStorageKey,
  unsyncedDraftAssignments,
  type FlushRequest,
} from "@/components/responses/draft-sync/local-draft";

// What sign-out does with this browser's Mend data. Drafts not yet confirmed by the server are
// never removed without the person choosing it: they are kept (encrypted under a key only the same
// signed-in person receives, lib/responses/draft-key.ts) unless they choose to delete them. Every
// other "mend:" key (idle-timeout clock and the like) is removed.

/** Asks every open completion form to send what it holds now; waits a few seconds at most. */
export async function flushOpenDrafts(timeoutMs = 4000): Promise<void> {
  const request: FlushRequest = { waits: [] };
  window.dispatchEvent(new CustomEvent<FlushRequest>(FLUSH_DRAFTS_EVENT, { detail: request }));
  if (request.waits.length === 0) return;
  await Promise.race([
    Promise.allSettled(request.waits),
    new Promise((resolve) => window.setTimeout(resolve, timeoutMs)),
  ]);
}

/** The assignments where this person's writing is only on this device. */
export function unsyncedWork(userId: string): string[] {
  return unsyncedDraftAssignments(userId);
}

/**
 * Removes Mend's data from this browser at sign-out. Drafts stay unless `discardDraftsOf` names
 * the person who chose to delete theirs (only theirs: another person's kept copy is not theirs to
 * delete).
 */
export function clearLocalData(options: { discardDraftsOf?: string } = {}): void {
  try {
    for (const key of Object.keys(localStorage)) {
      if (!key.startsWith("mend:")) continue;
      const ownDraft = options.discardDraftsOf && key.startsWith(`mend:draft:v1:${options.discardDraftsOf}:`);
      if (isDraftStorageKey(key) && !ownDraft) continue;
      localStorage.removeItem(key);
    }
  } catch {
    // storage may be unavailable (private mode); nothing to clear then
  }
}
