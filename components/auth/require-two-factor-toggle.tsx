"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { callApi } from "@/components/forms/call-api";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

export function RequireTwoFactorToggle({
  required,
  staffWithout,
  selfEnabled,
}: {
  required: boolean;
  /** Active clinicians and admins who have not set it up. */
  staffWithout: number;
  /** Whether the admin looking at this has it on (if not, requiring it applies to them too). */
  selfEnabled: boolean;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function change(next: boolean) {
    setPending(true);
    setError(null);
    const result = await callApi("PATCH", "/api/v1/practice/security", { requireTwoFactor: next });
    setPending(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-3">
      {error ? (
        <Notice tone="warn" role="alert">
          {error}
        </Notice>
      ) : null}
      <p data-testid="require-two-factor-status">
        {required ? (
          <>
            <span className="font-medium">Required.</span> Clinicians and admins must use two-step
            verification. Anyone without it is asked to set it up before they can do anything else.
          </>
        ) : (
          <>
            <span className="font-medium">Optional.</span> Clinicians and admins may turn on two-step
            verification on their account page.
          </>
        )}
      </p>
      {staffWithout > 0 ? (
        <p className="text-sm text-muted" data-testid="staff-without-two-factor">
          {staffWithout} staff member{staffWithout === 1 ? " has" : "s have"} not set it up yet.{" "}
          {required
            ? "They are asked to set it up before they can do anything else."
            : "If you require it, they will be asked to set it up the next time they open Mend."}
          {!required && !selfEnabled ? " That includes you." : ""}
        </p>
      ) : null}
      <div>
        <Button
          variant={required ? "secondary" : "primary"}
          onClick={() => change(!required)}
          disabled={pending}
        >
          {pending ? "Saving…" : required ? "Make it optional" : "Require two-step verification"}
        </Button>
      </div>
    </div>
  );
}
