"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";

// The clinician's actions on a thread: mark it unread again (back to the inbox), archive it or bring
// it back. Each is one API call, then the inbox.
export function ThreadActions({ threadId, archived }: { threadId: string; archived: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function call(path: string, method: "POST" | "PATCH", body: unknown) {
    setBusy(true);
    setError(null);
    const response = await fetch(`/api/v1/threads/${encodeURIComponent(threadId)}${path}`, {
      method,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }).catch(() => null);
    setBusy(false);
    if (!response?.ok) {
      const payload = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
      setError(payload?.error?.message ?? "That did not work. Please try again.");
      return;
    }
    router.push("/inbox");
    router.refresh();
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        disabled={busy}
        onClick={() => void call("/read", "POST", { unread: true })}
      >
        Mark unread
      </Button>
      <Button
        variant="secondary"
        disabled={busy}
        onClick={() => void call("", "PATCH", { archived: !archived })}
      >
        {archived ? "Move back to inbox" : "Archive"}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
