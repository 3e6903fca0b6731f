"use client";

// "Where are you right now?": the state a client sends from, asked only when Mend does not know it
// or they say they are somewhere else. Loaded on demand (the list of states is not needed on most
// visits), which keeps the completion page's JavaScript small on a phone.
import { SelectField, StateOptions } from "@/components/ui/field";
import { US_STATES } from "@/lib/jurisdiction/states";

export default function SendFrom({ value, onChange }: { value: string; onChange: (state: string) => void }) {
  return (
    <SelectField
      id="send-from-state"
      label="Where are you right now?"
      hint="Your therapist needs to know which state you are in when you send this."
      value={value}
      onChange={(e) => onChange(e.target.value)}
      className="max-w-sm"
    >
      <StateOptions states={US_STATES} placeholder="Choose a state" />
    </SelectField>
  );
}
