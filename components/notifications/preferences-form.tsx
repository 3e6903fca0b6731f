"use client";

import { useActionState } from "react";
import { SelectField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ZoneGroup } from "@/lib/time/zone-choices";
import { clockRangeWords } from "@/lib/time/words";

type State = { ok: boolean; message?: string };

/** Email reminders on or off, and the time zone they follow. Works without JavaScript too. */
export function PreferencesForm({
  action,
  emailReminders,
  timeZone,
  zones,
  quietHours,
  audience,
}: {
  action: (state: State, data: FormData) => Promise<State>;
  emailReminders: boolean;
  timeZone: string;
  zones: ZoneGroup[];
  quietHours: string;
  audience: "client" | "clinician";
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const what =
    audience === "client"
      ? "A reminder the day before something is due, and one if it is late; a note when a session is scheduled, changed or cancelled, and a reminder the day before it."
      : "A note when a client submits work, and the evening before a day with appointments, a list of them.";
  return (
    <form action={formAction} className="flex flex-col gap-5">
      {state.message ? (
        <Notice tone={state.ok ? "success" : "warn"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </Notice>
      ) : null}
      <div className="flex items-start gap-3">
        <input
          id="emailReminders"
          name="emailReminders"
          type="checkbox"
          defaultChecked={emailReminders}
          className="mt-1 size-6 shrink-0 accent-[var(--color-accent)]"
          aria-describedby="emailReminders-hint"
        />
        <div>
          <label htmlFor="emailReminders" className="font-medium">
            Email me reminders
          </label>
          <p id="emailReminders-hint" className="text-muted">
            {what} Emails never include what anyone wrote: just what happened and a link.
          </p>
        </div>
      </div>
      <SelectField
        id="timeZone"
        name="timeZone"
        label="Your time zone"
        hint={`Quiet hours: ${clockRangeWords(quietHours)} your time. Reminders wait until morning.`}
        defaultValue={timeZone}
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
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving..." : "Save"}
        </Button>
      </div>
    </form>
  );
}
