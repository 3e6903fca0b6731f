"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signOutDeviceAction } from "@/lib/auth/sessions/actions";

/** Signs out one other device from the device list; that device is refused on its next request. */
export function SignOutDeviceButton({ sessionId, device }: { sessionId: string; device: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="flex flex-col items-start gap-1">
      <button
        type="button"
        disabled={pending}
        aria-describedby={error ? `device-error-${sessionId}` : undefined}
        aria-label={pending ? undefined : `Sign out this device: ${device}`}
        onClick={async () => {
          setPending(true);
          setError(null);
          const result = await signOutDeviceAction(sessionId);
          setPending(false);
          if (!result.ok) setError(result.message);
          router.refresh();
        }}
        className="min-h-11 rounded-lg border border-line bg-surface px-3 text-sm font-medium text-ink hover:bg-canvas disabled:opacity-60"
      >
        {pending ? "Signing out…" : "Sign out this device"}
      </button>
      {error ? (
        <span id={`device-error-${sessionId}`} role="alert" className="text-sm text-danger">
          {error}
        </span>
      ) : null}
    </span>
  );
}
