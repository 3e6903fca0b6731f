// Checks of bench:faults (pure: unit-tested in tests/unit/bench).

export type SaveAttempt = {
  /** The text this attempt wrote into the writer's text prompt (unique per attempt). */
  text: string;
  sentVersion: number;
  /** The version the server acknowledged (HTTP 200), or null: refused, failed or unanswered. */
  ackVersion: number | null;
  submit: boolean;
};

export type StoredCopy = { version: number; answers: Record<string, { value: unknown }> };

type Writer = {
  assignmentId: string;
  clientId: string;
  textPromptId: string;
  attempts: readonly SaveAttempt[];
};

/**
 * Every acknowledged save must be in the database: the stored copy is the last acknowledged one, or
 * a later save that was applied but whose answer never arrived (never an older one), and no two
 * acknowledgements share a version (a lost update).
 */
export function checkAcknowledged(
  writers: readonly Writer[],
  stored: ReadonlyMap<string, StoredCopy>,
): { acknowledged: number; lost: string[] } {
  let acknowledged = 0;
  const lost: string[] = [];
  for (const w of writers) {
    const key = `${w.assignmentId}:${w.clientId}`;
    const acks = w.attempts.filter((a) => a.ackVersion !== null);
    acknowledged += acks.length;
    if (acks.length === 0) continue;
    const row = stored.get(key);
    if (!row) {
      lost.push(`${key}: no stored copy`);
      continue;
    }
    const versions = new Set<number>();
    for (const a of acks) {
      if (versions.has(a.ackVersion!)) lost.push(`${key}: two saves acknowledged as version ${a.ackVersion}`);
      versions.add(a.ackVersion!);
    }
    const lastIndex = w.attempts.reduce(
      (best, a, i) =>
        a.ackVersion !== null && (best < 0 || a.ackVersion > w.attempts[best]!.ackVersion!) ? i : best,
      -1,
    );
    const last = w.attempts[lastIndex]!;
    const text = row.answers[w.textPromptId]?.value;
    if (row.version < last.ackVersion!) {
      lost.push(`${key}: stored version ${row.version} is older than acknowledged ${last.ackVersion}`);
    } else if (row.version === last.ackVersion) {
      if (text !== last.text)
        lost.push(`${key}: version ${row.version} holds other answers than the acknowledged save`);
    } else {
      const unanswered = w.attempts
        .slice(lastIndex + 1)
        .filter((a) => a.ackVersion === null)
        .map((a) => a.text);
      if (!unanswered.includes(text as string))
        lost.push(
          `${key}: stored version ${row.version} is none of the saves sent after the last acknowledged one`,
        );
    }
  }
  return { acknowledged, lost };
}

/**
 * A 5xx answer must be clean: JSON with a request id and a generic message, no stack trace, file
 * paths or driver internals. Returns what is wrong, or null.
 */
export function problemBody(body: string): string | null {
  const internals =
    /(\bat\s+\S+\s+\(|\.(ts|js|mjs):\d+|node_modules|PrismaClient|DriverAdapterError|ECONNRESET|terminating connection|stack)/i;
  if (internals.test(body)) return `leaks internals: ${body.slice(0, 200)}`;
  try {
    const parsed = JSON.parse(body) as { error?: { requestId?: unknown; message?: unknown } };
    if (typeof parsed.error?.requestId !== "string" || typeof parsed.error.message !== "string")
      return `no request id: ${body.slice(0, 200)}`;
    return null;
  } catch {
    return `not JSON: ${body.slice(0, 200)}`;
  }
}
