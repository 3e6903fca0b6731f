"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button, buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { problemFor } from "@/components/forms/call-api";
import { useApiForm } from "@/components/forms/use-api-form";
import { SelectField, StateOptions } from "@/components/ui/field";
import { US_STATES } from "@/lib/jurisdiction/states";
import type { MyLocationDto } from "@/lib/locations/schemas";

/** The paths this form shows a problem under, by the field. */
const SHOWN_FIELDS = ["state"];

export function LocationForm({ current }: { current: string | null }) {
  const router = useRouter();
  const { hydrated, pending, error, problems, send, refuse } = useApiForm({ fields: SHOWN_FIELDS });
  const [saved, setSaved] = useState<MyLocationDto | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const state = String(new FormData(event.currentTarget).get("state") ?? "");
    if (!state) {
      refuse([{ path: "state", message: "Choose the state you are in right now." }]);
      return;
    }
    const result = await send<MyLocationDto>("POST", "/api/v1/me/location", { state });
    if (!result.ok) return;
    setSaved(result.data);
    router.refresh();
  }

  if (saved) {
    return (
      <Notice tone="success" role="status" title="Thank you">
        <p>We noted that you are in {saved.stateName}.</p>
        <a href="/home" className={buttonClasses("primary", "mt-3")}>
          Back to home
        </a>
      </Notice>
    );
  }

  return (
    <form onSubmit={onSubmit} method="post" className="flex flex-col gap-4" noValidate>
      {error ? (
        <Notice tone="warn" role="alert">
          {error}
        </Notice>
      ) : null}
      <SelectField
        id="location-state"
        name="state"
        label="Where are you located right now?"
        hint="If you are travelling, choose where you are today. If you are outside the US, please tell your therapist."
        defaultValue={current ?? ""}
        required
        error={problemFor(problems, "state")}
      >
        <StateOptions states={US_STATES} />
      </SelectField>
      <div>
        <Button type="submit" disabled={pending || !hydrated}>
          {pending ? "Saving…" : current ? "Confirm my location" : "Save my location"}
        </Button>
      </div>
    </form>
  );
}
