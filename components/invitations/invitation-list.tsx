"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/forms/use-hydrated";
import { callApi } from "@/components/forms/call-api";
import type { InvitationDto } from "@/lib/invitations/schemas";
import { shortDateWords } from "@/lib/time/words";

const STATUS_TEXT: Record<InvitationDto["status"], string> = {
  pending: "Waiting for them to accept",
  accepted: "Accepted",
  revoked: "Withdrawn",
  expired: "Link expired",
};

function day(iso: string, timeZone: string): string {
  return shortDateWords(new Date(iso), timeZone);
}

function InvitationRow({ invitation: initial, timeZone }: { invitation: InvitationDto; timeZone: string }) {
  const router = useRouter();
  // A re-send changes only this row (a new expiry), so it is updated in place; a withdrawal
  // refreshes the page, where the row then leaves its list.
  const [invitation, setInvitation] = useState(initial);
  const [busy, setBusy] = useState<"resend" | "revoke" | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const hydrated = useHydrated();
  const [message, setMessage] = useState<{ tone: "success" | "warn"; text: string } | null>(null);
  const open = invitation.status === "pending" || invitation.status === "expired";

  async function act(action: "resend" | "revoke") {
    setBusy(action);
    setMessage(null);
    const result = await callApi<InvitationDto>("POST", `/api/v1/invitations/${invitation.id}/${action}`);
    setBusy(null);
    setConfirmRevoke(false);
    if (!result.ok) {
      setMessage({ tone: "warn", text: result.message });
      return;
    }
    setInvitation(result.data);
    if (action === "resend") {
      setMessage({
        tone: "success",
        text: `A new link was emailed to ${invitation.email}. The previous link no longer works.`,
      });
    } else {
      setMessage({ tone: "success", text: "The invitation was withdrawn. Its link no longer works." });
      router.refresh();
    }
  }

  return (
    <li className="flex flex-col gap-2 border-b border-line py-3 last:border-0" data-testid="invitation-row">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <div>
          <p className="font-medium">{invitation.name}</p>
          <p className="text-sm break-all text-muted">{invitation.email}</p>
          {invitation.couple ? (
            <p className="text-sm text-muted">Partner in {invitation.couple.name}</p>
          ) : null}
        </div>
        <p className="text-sm">
          <span className="font-medium" data-testid="invitation-status">
            {STATUS_TEXT[invitation.status]}
          </span>
          {invitation.status === "pending" ? (
            <span className="text-muted"> · link works until {day(invitation.expiresAt, timeZone)}</span>
          ) : null}
        </p>
      </div>
      {open ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => act("resend")} disabled={busy !== null || !hydrated}>
            {busy === "resend"
              ? "Sending…"
              : `Re-send invitation${invitation.status === "pending" ? "" : " (new link)"}`}
          </Button>
          {confirmRevoke ? (
            <>
              <Button variant="danger" onClick={() => act("revoke")} disabled={busy !== null || !hydrated}>
                {busy === "revoke" ? "Withdrawing…" : "Yes, withdraw it"}
              </Button>
              <Button
                variant="quiet"
                onClick={() => setConfirmRevoke(false)}
                disabled={busy !== null || !hydrated}
              >
                Keep it
              </Button>
            </>
          ) : (
            <Button
              variant="quiet"
              onClick={() => setConfirmRevoke(true)}
              disabled={busy !== null || !hydrated}
            >
              Withdraw invitation
            </Button>
          )}
        </div>
      ) : null}
      {message ? (
        <Notice tone={message.tone} role="status">
          {message.text}
        </Notice>
      ) : null}
    </li>
  );
}

export function InvitationList({
  invitations,
  timeZone,
}: {
  invitations: InvitationDto[];
  timeZone: string;
}) {
  return (
    <ul className="rounded-xl border border-line bg-surface px-4">
      {invitations.map((invitation) => (
        <InvitationRow key={invitation.id} invitation={invitation} timeZone={timeZone} />
      ))}
    </ul>
  );
}
