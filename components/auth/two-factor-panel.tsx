"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import {
  beginTwoFactorSetupAction,
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
} from "@/lib/auth/two-factor/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { RecoveryCodes } from "./recovery-codes";
import { TwoFactorSetup, type TwoFactorSecret } from "./two-factor-setup";

export type TwoFactorSummary = { enabled: boolean; recoveryCodesLeft: number; requiredByPractice: boolean };

type Mode = "idle" | "setup" | "disable" | "regenerate";

/** Two-step verification on the account page of clinicians and admins. */
export function TwoFactorPanel({ status }: { status: TwoFactorSummary }) {
  const router = useRouter();
  const [mode, setMode] = useState<Mode>("idle");
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [secret, setSecret] = useState<TwoFactorSecret | null>(null);

  async function startSetup() {
    setPending(true);
    setError(null);
    setNotice(null);
    const result = await beginTwoFactorSetupAction();
    setPending(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setSecret(result);
    setMode("setup");
  }

  function finish(message: string | null) {
    setMode("idle");
    setCodes(null);
    setError(null);
    setNotice(message);
    router.refresh();
  }

  async function submitCode(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    setPending(true);
    setError(null);
    if (mode === "disable") {
      const result = await disableTwoFactorAction(code);
      setPending(false);
      if (result.ok) finish("Two-step verification is off.");
      else setError(result.message);
      return;
    }
    const result = await regenerateRecoveryCodesAction(code);
    setPending(false);
    if (result.ok) setCodes(result.recoveryCodes);
    else setError(result.message);
  }

  if (codes)
    return (
      <RecoveryCodes
        codes={codes}
        onDone={() => finish("Your new recovery codes are ready. The old ones no longer work.")}
      />
    );

  if (mode === "setup" && secret) {
    return (
      <TwoFactorSetup
        initialSecret={secret}
        onFinished={() => finish("Two-step verification is on. Your other devices were signed out.")}
        onCancel={() => setMode("idle")}
      />
    );
  }

  return (
    <div className="flex flex-col gap-4">
      {notice ? (
        <Notice tone="success" role="status">
          {notice}
        </Notice>
      ) : null}
      <p data-testid="two-factor-status">
        {status.enabled ? (
          <>
            <span className="font-medium">On.</span> Signing in asks for a code from your authenticator app.{" "}
            {status.recoveryCodesLeft} recovery code{status.recoveryCodesLeft === 1 ? "" : "s"} left.
          </>
        ) : (
          <>
            <span className="font-medium">Off.</span> Adding a code from your phone keeps your clients&apos;
            records safe even if your password leaks.
          </>
        )}
      </p>
      {status.requiredByPractice ? (
        <p className="text-sm text-muted">Your practice requires two-step verification for all staff.</p>
      ) : null}

      {mode === "disable" || mode === "regenerate" ? (
        <form onSubmit={submitCode} className="flex flex-col gap-3" noValidate>
          <Field
            id="two-factor-code"
            className="max-w-md"
            name="code"
            label={
              mode === "disable"
                ? "To turn it off, enter a code from your app or a recovery code"
                : "To make new recovery codes, enter a code from your app"
            }
            autoComplete="one-time-code"
            required
            maxLength={40}
            error={error ?? undefined}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant={mode === "disable" ? "danger" : "primary"} disabled={pending}>
              {pending ? "Checking…" : mode === "disable" ? "Turn off" : "Make new codes"}
            </Button>
            <Button variant="secondary" onClick={() => setMode("idle")} disabled={pending}>
              Cancel
            </Button>
          </div>
        </form>
      ) : status.enabled ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setMode("regenerate")}>
            Make new recovery codes
          </Button>
          {status.requiredByPractice ? null : (
            <Button variant="danger" onClick={() => setMode("disable")}>
              Turn off
            </Button>
          )}
        </div>
      ) : (
        <div className="flex flex-col gap-3">
          {error ? (
            <Notice tone="warn" role="alert">
              {error}
            </Notice>
          ) : null}
          <p className="text-sm text-muted">
            You will need an authenticator app on your phone, such as 1Password, Google Authenticator,
            Microsoft Authenticator or Authy.
          </p>
          <div>
            <Button onClick={startSetup} disabled={pending}>
              {pending ? "Preparing…" : "Set up two-step verification"}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
