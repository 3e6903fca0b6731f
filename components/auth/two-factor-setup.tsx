"use client";

import { useState } from "react";
import { beginTwoFactorSetupAction, confirmTwoFactorSetupAction } from "@/lib/auth/two-factor/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { RecoveryCodes } from "./recovery-codes";

export type TwoFactorSecret = { secret: string; uri: string; qrSvg: string };

/** Scan (or type) the secret, prove it with a code, then save the recovery codes. */
export function TwoFactorSetup({
  onFinished,
  onCancel,
  initialSecret = null,
}: {
  onFinished: () => void;
  onCancel?: () => void;
  /** Already created (the account page starts the setup from its own button). */
  initialSecret?: TwoFactorSecret | null;
}) {
  const [secret, setSecret] = useState<TwoFactorSecret | null>(initialSecret);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function start() {
    setPending(true);
    setError(null);
    const result = await beginTwoFactorSetupAction();
    setPending(false);
    if (result.ok) setSecret(result);
    else setError(result.message);
  }

  async function confirm(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    setPending(true);
    setError(null);
    const result = await confirmTwoFactorSetupAction(code);
    setPending(false);
    if (result.ok) setCodes(result.recoveryCodes);
    else setError(result.message);
  }

  if (codes) return <RecoveryCodes codes={codes} onDone={onFinished} />;

  if (!secret) {
    return (
      <div className="flex flex-col gap-3">
        {error ? (
          <Notice tone="warn" role="alert">
            {error}
          </Notice>
        ) : null}
        <p>
          You will need an authenticator app on your phone, such as 1Password, Google Authenticator, Microsoft
          Authenticator or Authy.
        </p>
        <div className="flex flex-wrap gap-2">
          <Button onClick={start} disabled={pending}>
            {pending ? "Preparing…" : "Set up two-step verification"}
          </Button>
          {onCancel ? (
            <Button variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={confirm} className="flex flex-col gap-4" noValidate>
      <ol className="flex list-decimal flex-col gap-4 pl-5">
        <li>
          <p>Scan this code with your authenticator app.</p>
          <div
            className="mt-2 w-48 max-w-full rounded-lg border border-line bg-white p-2"
            role="img"
            aria-label="QR code for your authenticator app"
            // The SVG is generated on our server from the otpauth:// address; it holds no markup from users.
            dangerouslySetInnerHTML={{ __html: secret.qrSvg }}
          />
          <details className="mt-2">
            <summary className="min-h-11 cursor-pointer py-2 text-accent">
              Can&apos;t scan it? Enter the key by hand
            </summary>
            <p className="text-sm text-muted">Account: your email. Key (time-based):</p>
            <p className="break-all font-mono text-base" data-testid="totp-secret">
              {secret.secret.match(/.{1,4}/g)?.join(" ")}
            </p>
          </details>
        </li>
        <li>
          <Field
            id="setup-code"
            className="max-w-xs"
            name="code"
            label="Enter the 6-digit code the app shows"
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={9}
            required
            error={error ?? undefined}
          />
        </li>
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Checking…" : "Turn on two-step verification"}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
