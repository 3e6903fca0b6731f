"use client";

import { useEffect } from "react";
import { callApi } from "@/components/forms/call-api";
import type { JurisdictionCheckDto } from "@/lib/jurisdiction/schemas";

export type JurisdictionCheckState =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "done"; check: JurisdictionCheckDto }
  | { kind: "error"; message: string };

/** Asks the licence check for a client or couple whenever the chosen recipient changes. */
export function useJurisdictionCheck(
  recipient: { kind: string; id: string } | null,
  onResult: (state: JurisdictionCheckState) => void,
): void {
  useEffect(() => {
    if (!recipient) return;
    let cancelled = false;
    const param =
      recipient.kind === "couple"
        ? `coupleId=${encodeURIComponent(recipient.id)}`
        : `clientId=${encodeURIComponent(recipient.id)}`;
    void callApi<JurisdictionCheckDto>("GET", `/api/v1/jurisdiction/check?${param}`).then((result) => {
      if (cancelled) return;
      onResult(result.ok ? { kind: "done", check: result.data } : { kind: "error", message: result.message });
    });
    return () => {
      cancelled = true;
    };
  }, [recipient, onResult]);
}
