// Stored answers ({ [promptId]: { value, shared } }): checking a draft against the pinned exercise,
// reading what was stored, and what a partner may see. Pure: shared by the API, the completion form
// and tests.
import type { AnswerValues, PromptValue } from "@/lib/exercises/answers";

export type AnswerEntry = { value: PromptValue; shared: boolean };
export type StoredAnswers = Record<string, AnswerEntry>;
export type AnswerProblem = { path: string; message: string };

/** Reads stored JSON defensively: anything not shaped like an answer is left out. */
export function readStoredAnswers(json: unknown): StoredAnswers {
  const out: StoredAnswers = {};
  if (!json || typeof json !== "object" || Array.isArray(json)) return out;
  for (const [promptId, entry] of Object.entries(json as Record<string, unknown>)) {
    if (entry && typeof entry === "object" && "value" in entry) {
      const e = entry as { value: unknown; shared?: unknown };
      out[promptId] = { value: e.value as PromptValue, shared: e.shared === true };
    }
  }
  return out;
}

/** The values alone, keyed by prompt id (what the renderers take). */
export function valuesOf(answers: StoredAnswers): AnswerValues {
  return Object.fromEntries(Object.entries(answers).map(([id, entry]) => [id, entry.value]));
}

/** What a partner may see of a submission: the values of the answers marked shared, nothing else. */
export function sharedValues(answers: StoredAnswers): Record<string, PromptValue> {
  const out: Record<string, PromptValue> = {};
  for (const [id, entry] of Object.entries(answers)) if (entry.shared === true) out[id] = entry.value;
  return out;
}

/** Order-independent comparison of JSON-like values (answers, values, entries). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") {
    // undefined and an absent key read the same
    return (a ?? null) === (b ?? null);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameJson(v, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const key of keys) if (!sameJson(ao[key], bo[key])) return false;
  return true;
}

/** Two answer sets are the same when every prompt has the same value and sharing choice. */
export function sameAnswers(a: StoredAnswers, b: StoredAnswers): boolean {
  return sameJson(normalise(a), normalise(b));
}

// An empty answer that is private is the same as no answer at all.
function normalise(answers: StoredAnswers): Record<string, AnswerEntry> {
  const out: Record<string, AnswerEntry> = {};
  for (const [id, entry] of Object.entries(answers)) {
    if (!entry.shared && isEmptyValue(entry.value)) continue;
    out[id] = entry;
  }
  return out;
}

export function isEmptyValue(value: unknown): boolean {
  return (
    value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)
  );
}
