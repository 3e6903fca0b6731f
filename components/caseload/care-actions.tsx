"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

type Action = "discharge" | "readmit" | "close";

/**
 * Discharge, re-admit and (admins) close, each behind a confirmation. For a couple, discharge and
 * re-admission apply to both partners. `accessDays`: how long a discharged client keeps read and
 * export access (lib/discharge/schemas.ts).
 */
export function CareActions({
  kind,
  id,
  name,
  discharged,
  canClose = false,
  closeOnly = false,
  accessDays,
}: {
  kind: "client" | "couple";
  id: string;
  name: string;
  discharged: boolean;
  canClose?: boolean;
  /** Only the Close button (the admin's account list, which does not show care status). */
  closeOnly?: boolean;
  accessDays: number;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState<Action | null>(null);
  const { pending, error, send } = useApiForm();
  const base = `/api/v1/${kind === "client" ? "clients" : "couples"}/${id}`;
  const who = kind === "couple" ? `both partners of ${name}` : name;

  const QUESTIONS: Record<Action, string> = {
    discharge: `Discharge ${who}? No new work can be given. They can still sign in to read and download what they wrote for ${accessDays} days; then their sign-in ends. You can re-admit them at any time.`,
    readmit: `Re-admit ${who}? New work can be given again, and sign-in works again if it had ended.`,
    close: `Close ${name}'s account now? They are signed out at once and cannot sign in again. Their record is kept for your practice's retention period, then deleted.`,
  };
  const CONFIRM_WORD: Record<Action, string | undefined> = {
    discharge: "DISCHARGE",
    readmit: undefined,
    close: "CLOSE",
  };

  async function run(action: Action) {
    const word = CONFIRM_WORD[action];
    const result = await send("POST", `${base}/${action}`, word ? { confirm: word } : undefined);
    setConfirming(null);
    if (result.ok) router.refresh();
  }

  return (
    <div className="flex flex-col gap-3">
      {error ? (
        <Notice tone="warn" role="alert">
          {error}
        </Notice>
      ) : null}
      {confirming ? (
        <div className="flex flex-col gap-3" role="group" aria-label={`Confirm for ${name}`}>
          <p>{QUESTIONS[confirming]}</p>
          <div className="flex flex-wrap gap-2">
            <Button
              variant={confirming === "readmit" ? "primary" : "danger"}
              onClick={() => run(confirming)}
              disabled={pending}
            >
              {pending
                ? "Working…"
                : confirming === "discharge"
                  ? "Yes, discharge"
                  : confirming === "close"
                    ? "Yes, close the account"
                    : "Yes, re-admit"}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(null)} disabled={pending}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {closeOnly ? null : discharged ? (
            <Button
              variant="secondary"
              onClick={() => setConfirming("readmit")}
              aria-label={`Re-admit ${name}`}
            >
              Re-admit
            </Button>
          ) : (
            <Button
              variant="secondary"
              onClick={() => setConfirming("discharge")}
              aria-label={`Discharge ${name}`}
            >
              Discharge
            </Button>
          )}
          {canClose || closeOnly ? (
            <Button
              variant="danger"
              onClick={() => setConfirming("close")}
              aria-label={`Close account of ${name}`}
            >
              Close account
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );
}
