"use client";

import { useEffect, useRef, useState } from "react";
import type { SyncStatus } from "./draft-sync/draft-sync";

// The visible save state, and a quieter announcement for screen readers: a change of state that
// matters (offline, back and saved, a conflict, signed out) is spoken; every routine "Saving… Saved"
// while typing is not, so the form does not talk over the person writing.

export function statusText(status: SyncStatus): {
  label: string;
  detail?: string;
  tone: "calm" | "attention";
} {
  switch (status.kind) {
    case "saved":
      return { label: "Saved", tone: "calm" };
    case "pending":
    case "saving":
      return { label: "Saving…", tone: "calm" };
    case "offline":
      return {
        label: "Offline: kept on this device",
        detail: "It will be sent as soon as the connection is back.",
        tone: "attention",
      };
    case "conflict":
      return { label: "Changed on another device", detail: "Choose what to keep above.", tone: "attention" };
    case "signed-out":
      return {
        label: "Signed out: kept on this device",
        detail: "Sign in again to send it.",
        tone: "attention",
      };
    case "locked":
      return { label: "Can't be changed any more", tone: "attention" };
    case "error":
      return { label: "Not saved", detail: status.message, tone: "attention" };
  }
}

function Dot({ tone, busy }: { tone: "calm" | "attention"; busy: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block size-2.5 shrink-0 rounded-full ${tone === "attention" ? "bg-warn" : busy ? "bg-muted motion-safe:animate-pulse" : "bg-accent"}`}
    />
  );
}

export function SaveStatus({ status }: { status: SyncStatus }) {
  const { label, detail, tone } = statusText(status);
  const [spoken, setSpoken] = useState("");
  const previous = useRef<SyncStatus["kind"]>(status.kind);

  useEffect(() => {
    const before = previous.current;
    previous.current = status.kind;
    if (before === status.kind) return;
    const routine =
      (status.kind === "saving" || status.kind === "pending" || status.kind === "saved") &&
      (before === "saving" || before === "pending" || before === "saved");
    if (routine) return;
    setSpoken(detail ? `${label}. ${detail}` : label);
  }, [status.kind, label, detail]);

  return (
    <div className="min-w-0">
      <p className="flex items-center gap-2 text-base font-medium" data-testid="save-status">
        <Dot tone={tone} busy={status.kind === "saving" || status.kind === "pending"} />
        <span>{label}</span>
      </p>
      {detail ? <p className="text-sm text-muted">{detail}</p> : null}
      <p className="sr-only" role="status" aria-live="polite">
        {spoken}
      </p>
    </div>
  );
}
