"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { plural } from "@/lib/assignments/labels";
import type { PracticeSettings } from "@/lib/practice/schemas";
import type { ZoneGroup } from "@/lib/time/zone-choices";

const FIELDS = ["name", "timeZone", "workWord", "retentionYears", "locationMaxAgeDays"] as const;

/** The admin's practice settings. Two-step sign-in has its own switch on the Security page. */
export function PracticeSettingsForm({
  settings,
  zones,
  suggestedWords,
}: {
  settings: PracticeSettings;
  zones: ZoneGroup[];
  suggestedWords: readonly string[];
}) {
  const router = useRouter();
  const form = useApiForm({ fields: FIELDS });
  const [saved, setSaved] = useState(false);
  const [word, setWord] = useState(settings.workWord);
  const problem = (path: string) => form.problems.find((p) => p.path === path)?.message;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const data = new FormData(event.currentTarget);
    const result = await form.send("PATCH", "/api/v1/practice/settings", {
      name: String(data.get("name") ?? ""),
      timeZone: String(data.get("timeZone") ?? ""),
      workWord: String(data.get("workWord") ?? ""),
      retentionYears: Number(data.get("retentionYears")),
      locationMaxAgeDays: Number(data.get("locationMaxAgeDays")),
    });
    if (result.ok) {
      setSaved(true);
      router.refresh();
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-5" noValidate>
      {form.error ? (
        <Notice tone="warn" role="alert">
          {form.error}
        </Notice>
      ) : null}
      {saved ? (
        <Notice tone="success" role="status">
          Saved.
        </Notice>
      ) : null}
      <Field
        id="name"
        name="name"
        label="Practice name"
        defaultValue={settings.name}
        error={problem("name")}
      />
      <SelectField
        id="timeZone"
        name="timeZone"
        label="Practice time zone"
        hint="New clinicians and clients start in this zone; each can change their own."
        defaultValue={settings.timeZone}
        error={problem("timeZone")}
      >
        {zones.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.zones.map((zone) => (
              <option key={zone.value} value={zone.value}>
                {zone.label}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <Field
        id="workWord"
        name="workWord"
        label="Your word for work between sessions"
        hint={`Clients see it on every page and in every email, e.g. "Your ${plural(word || "reflection")}". Suggestions: ${suggestedWords.join(", ")}.`}
        list="work-word-suggestions"
        value={word}
        onChange={(event) => setWord(event.target.value)}
        autoComplete="off"
        error={problem("workWord")}
      />
      <datalist id="work-word-suggestions">
        {suggestedWords.map((w) => (
          <option key={w} value={w} />
        ))}
      </datalist>
      <Field
        id="retentionYears"
        name="retentionYears"
        type="number"
        inputMode="numeric"
        min={5}
        max={30}
        label="Keep records for (years)"
        hint="Counted from when a client's care ends (discharge, closure or deactivation); then their record is deleted."
        defaultValue={settings.retentionYears}
        error={problem("retentionYears")}
      />
      <Field
        id="locationMaxAgeDays"
        name="locationMaxAgeDays"
        type="number"
        inputMode="numeric"
        min={1}
        max={365}
        label="Ask clients to confirm their state again after (days)"
        hint="Licences are state by state: new work waits until a client's confirmed location is this recent."
        defaultValue={settings.locationMaxAgeDays}
        error={problem("locationMaxAgeDays")}
      />
      <div>
        <Button type="submit" disabled={form.pending || !form.hydrated}>
          {form.pending ? "Saving…" : "Save settings"}
        </Button>
      </div>
    </form>
  );
}
