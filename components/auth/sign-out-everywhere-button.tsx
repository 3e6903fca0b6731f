"use client";

import { useState } from "react";
import { signOut } from "next-auth/react";
import { callApi } from "@/components/forms/call-api";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { clearLocalDrafts } from "@/components/shell/sign-out-button";

/** Ends every session (this one too), after a confirmation step. */
export function SignOutEverywhereButton() {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setPending(true);
    setError(null);
    const result = await callApi("POST", "/api/v1/auth/sign-out-everywhere");
    if (!result.ok && result.status !== 401) {
      setPending(false);
      setError(result.message);
      return;
    }
    clearLocalDrafts();
    await signOut({ callbackUrl: "/sign-in?notice=SignedOutEverywhere" });
  }

  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Sign out everywhere
      </Button>
    );
  }
  return (
    <div className="flex flex-col gap-3" role="group" aria-label="Confirm signing out everywhere">
      {error ? (
        <Notice tone="warn" role="alert">
          {error}
        </Notice>
      ) : null}
      <p>
        This signs you out on every phone, tablet and computer, including this one. You can sign in again
        straight away.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="danger" onClick={confirm} disabled={pending}>
          {pending ? "Signing out…" : "Yes, sign out everywhere"}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
