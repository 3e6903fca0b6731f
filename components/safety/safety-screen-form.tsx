"use client";

// On the couple's page, per partner: the clinician records the individual safety screen's outcome.
// Only the clinician sees it; sharing between the partners is on only when both are "no concern".
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { callApi } from "@/components/forms/call-api";
import { SelectField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import {
  SAFETY_SCREEN_LABEL,
  SAFETY_SCREEN_OUTCOMES,
  type SafetyScreenDto,
  type SafetyScreenOutcome,
} from "@/lib/safety/schemas";

export function SafetyScreenForm({
  clientId,
  firstName,
  outcome,
}: {
  clientId: string;
  firstName: string;
  outcome: SafetyScreenOutcome;
}) {
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState<SafetyScreenOutcome>(outcome);
  const [saved, setSaved] = useState<SafetyScreenOutcome>(outcome);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    const result = await callApi<SafetyScreenDto>("PUT", `/api/v1/clients/${clientId}/safety-screen`, {
      outcome: value,
    });
    setPending(false);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    setSaved(result.data.outcome);
    setMessage("Saved.");
    router.refresh();
  }

  return (
    <form onSubmit={save} className="mt-3 flex flex-col gap-2" data-testid={`safety-screen-${clientId}`}>
      <SelectField
        id={`${id}-outcome`}
        label={`${firstName}'s individual safety screen`}
        value={value}
        onChange={(e) => setValue(e.target.value as SafetyScreenOutcome)}
      >
        {SAFETY_SCREEN_OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {SAFETY_SCREEN_LABEL[o]}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending || value === saved}>
          {pending ? "Saving…" : `Save ${firstName}'s screen`}
        </Button>
        <p role="status" className="text-sm text-muted">
          {message}
        </p>
      </div>
    </form>
  );
}
