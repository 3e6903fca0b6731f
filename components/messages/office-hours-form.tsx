"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { OFFICE_HOURS_MAX_LENGTH } from "@/lib/messages/schemas";

// The clinician's office-hours note, saved through PUT /api/v1/me/office-hours.
export function OfficeHoursForm({ initial }: { initial: string | null }) {
  const [note, setNote] = useState(initial ?? "");
  const [status, setStatus] = useState<string | null>(null);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setStatus(null);
    const response = await fetch("/api/v1/me/office-hours", {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ note }),
    }).catch(() => null);
    if (response?.ok) setStatus("Saved.");
    else {
      const payload = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
      setStatus(payload?.error?.message ?? "That did not save. Please try again.");
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} className="flex flex-col gap-2">
      <label htmlFor="office-hours" className="font-medium">
        Office-hours note
      </label>
      <p id="office-hours-hint" className="text-sm text-muted">
        Clients read this above the message box, next to: not monitored in real time; in a crisis call or text
        988, or 911.
      </p>
      <textarea
        id="office-hours"
        aria-describedby="office-hours-hint"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={OFFICE_HOURS_MAX_LENGTH}
        rows={3}
        placeholder="I usually reply within two working days."
        className="w-full rounded-lg border border-line bg-surface px-3 py-2 text-base"
      />
      <div className="flex items-center gap-3">
        <Button type="submit">Save note</Button>
        <span aria-live="polite" className="text-sm text-muted">
          {status}
        </span>
      </div>
    </form>
  );
}
