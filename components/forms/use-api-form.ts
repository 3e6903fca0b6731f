"use client";

import { useState } from "react";
import { callApi, withProblems, type ApiResult, type FieldProblem } from "./call-api";
import { useHydrated } from "./use-hydrated";

type Method = Parameters<typeof callApi>[0];

/**
 * The state every form that sends to /api/v1 keeps: whether it is sending (and whether React has
 * hydrated, so the button can wait), the API's message and its per-field problems. `send` clears
 * both, calls the API and, when it refuses, shows what came back; `refuse` shows problems found
 * before sending the same way. `fields`: the paths the form shows a problem under (problemFor); any
 * other problem is added to the message above the form, so nothing the API said is lost.
 */
export function useApiForm({ fields = [] }: { fields?: readonly string[] } = {}) {
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  /** `stayPending`: a success leaves the form busy (the page is about to move on). */
  async function send<T>(
    method: Method,
    path: string,
    body?: unknown,
    { stayPending = false } = {},
  ): Promise<ApiResult<T>> {
    setPending(true);
    setError(null);
    setProblems([]);
    const result = await callApi<T>(method, path, body);
    if (!result.ok || !stayPending) setPending(false);
    if (!result.ok) {
      setError(withProblems(result.headline, result.problems, fields));
      setProblems(result.problems);
    }
    return result;
  }

  function refuse(found: FieldProblem[], message?: string): void {
    setProblems(found);
    if (message !== undefined) setError(message);
  }

  return { hydrated, pending, error, problems, send, refuse };
}
