"use client";

// The confirmation after "Send": moved to where the person is looking (on a phone the send button
// sits in a sticky bar far below the section that used to show it), with who reads what was sent,
// in the words of the couple's agreement (lib/couples/privacy-words.ts).
import { useEffect, useRef } from "react";
import { sendSummary } from "@/lib/couples/privacy-words";
import type { Sharing } from "./visibility";

export function SentSummary({
  first,
  clinicianName,
  assignmentLabel,
  sharing,
  sharedCount,
  privateCount,
}: {
  first: boolean;
  clinicianName: string;
  assignmentLabel: string;
  sharing: Sharing;
  sharedCount: number;
  privateCount: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    box.focus({ preventScroll: true });
    // "center" keeps it clear of the sticky send bar at the bottom of a phone screen.
    box.scrollIntoView({ block: "center" });
  }, []);
  const summary = sendSummary({
    agreement: sharing.agreement ?? null,
    clinicianName,
    partnerName: sharing.available ? sharing.partnerFirstName : null,
    sharedCount: sharing.available ? sharedCount : 0,
    privateCount: sharing.available ? privateCount : sharedCount + privateCount,
    bothSent: sharing.bothSent ?? false,
  });
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      data-testid="sent-summary"
      className="rounded-lg border border-accent/30 bg-accent-soft px-4 py-3 outline-none focus-visible:outline-3 focus-visible:outline-accent"
    >
      <p className="font-medium">{first ? `Sent to ${clinicianName}` : "Your changes were sent"}</p>
      <ul className="mt-1 flex list-disc flex-col gap-1 pl-5">
        {summary.partner && sharing.available ? <li>{summary.partner}</li> : null}
        <li>{summary.therapistOnly}</li>
      </ul>
      <p className="mt-2">
        Thank you.{" "}
        {first ? `You can still change this ${assignmentLabel} until ${clinicianName} reviews it.` : ""}
      </p>
      <a
        href="/home"
        className="mt-2 inline-flex min-h-11 items-center font-medium text-accent underline underline-offset-4"
      >
        Back to home
      </a>
    </div>
  );
}
