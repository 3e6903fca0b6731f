// Combining two copies of the same draft (two tabs, two devices, an offline phone) without losing
// either. A three-way merge against the copy both started from: what only one side changed is
// taken from that side; where both changed the same answer differently, it is a conflict the client
// resolves by choosing. Nothing is overwritten silently. Pure.
import type { LogEntry, PromptValue } from "@/lib/exercises/answers";
import { isEmptyValue, sameJson, type AnswerEntry, type StoredAnswers } from "@/lib/responses/answers";

export type Conflict = {
  promptId: string;
  /** This device's answer. */
  mine: AnswerEntry;
  /** The answer saved from elsewhere. */
  theirs: AnswerEntry;
};

export function sameValue(a: unknown, b: unknown): boolean {
  return (isEmptyValue(a) && isEmptyValue(b)) || sameJson(a, b);
}

function pick<T>(
  base: T,
  mine: T,
  theirs: T,
  same: (x: T, y: T) => boolean,
): { value: T; conflict: boolean } {
  if (same(mine, theirs)) return { value: mine, conflict: false };
  if (same(mine, base)) return { value: theirs, conflict: false };
  if (same(theirs, base)) return { value: mine, conflict: false };
  return { value: mine, conflict: true };
}

function entry(value: unknown, shared: boolean): AnswerEntry | undefined {
  if (!shared && isEmptyValue(value)) return undefined;
  return { value: value as PromptValue, shared };
}

/**
 * Merges `mine` and `theirs`, both edited from `base`. `merged` holds every non-conflicting change
 * of both sides; for a conflicting answer it holds mine until the client chooses.
 */
export function mergeAnswers(
  base: StoredAnswers,
  mine: StoredAnswers,
  theirs: StoredAnswers,
): { merged: StoredAnswers; conflicts: Conflict[] } {
  const merged: StoredAnswers = {};
  const conflicts: Conflict[] = [];
  const ids = [...new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])].sort();
  for (const id of ids) {
    const b = base[id];
    const m = mine[id];
    const t = theirs[id];
    const value = pick<unknown>(b?.value, m?.value, t?.value, sameValue);
    const shared = pick<boolean>(
      b?.shared ?? false,
      m?.shared ?? false,
      t?.shared ?? false,
      (x, y) => x === y,
    );
    if (value.conflict) {
      conflicts.push({
        promptId: id,
        mine: { value: (m?.value ?? null) as PromptValue, shared: m?.shared ?? false },
        theirs: { value: (t?.value ?? null) as PromptValue, shared: t?.shared ?? false },
      });
    }
    const result = entry(value.value, shared.value);
    if (result) merged[id] = result;
  }
  return { merged, conflicts };
}

export type ConflictChoice = "mine" | "theirs" | "both";

/** Whether "keep both" makes sense for this value (text and lists can be combined; a number cannot). */
export function canKeepBoth(conflict: Conflict): boolean {
  const m = conflict.mine.value;
  const t = conflict.theirs.value;
  return (typeof m === "string" && typeof t === "string") || (Array.isArray(m) && Array.isArray(t));
}

function combine(mine: PromptValue, theirs: PromptValue): PromptValue {
  if (typeof mine === "string" && typeof theirs === "string") {
    if (mine.trim() === "") return theirs;
    if (theirs.trim() === "") return mine;
    return `${mine}\n\n${theirs}`;
  }
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    if (mine.every((v) => typeof v === "string") && theirs.every((v) => typeof v === "string")) {
      return [...new Set([...(mine as string[]), ...(theirs as string[])])];
    }
    const logs = [...(mine as LogEntry[])];
    for (const e of theirs as LogEntry[])
      if (!logs.some((x) => x.id === e.id && sameJson(x, e)))
        logs.push(logs.some((x) => x.id === e.id) ? { ...e, id: `${e.id}-2` } : e);
    return logs;
  }
  return mine;
}

/** The answer a choice resolves a conflict to. */
export function resolveConflict(conflict: Conflict, choice: ConflictChoice): AnswerEntry {
  if (choice === "mine") return conflict.mine;
  if (choice === "theirs") return conflict.theirs;
  return {
    value: combine(conflict.mine.value, conflict.theirs.value),
    shared: conflict.mine.shared && conflict.theirs.shared,
  };
}
