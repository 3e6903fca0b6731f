"use client";

// Change the due date or note (or, when the licence rule refuses that now, say why), or withdraw. Withdrawing asks once more, says plainly that what was
// written is kept, and (for a weekly series) offers to stop the later weeks too.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/forms/call-api";
import { TextAreaField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { fromZonedInput, toZonedInput } from "@/lib/assignments/due-dates";
import { NOTE_MAX_LENGTH, type ClinicianAssignmentDto } from "@/lib/assignments/schemas";

export function ManageAssignment({
  assignment,
  timeZone,
  label,
  laterWeeks,
  changeBlocked = [],
}: {
  assignment: ClinicianAssignmentDto;
  timeZone: string;
  label: string;
  /** Active weeks of the same series due after this one. */
  laterWeeks: number;
  /** Why the due date and note can't be changed now (the licence rule); empty when they can. */
  changeBlocked?: string[];
}) {
  const router = useRouter();
  const [due, setDue] = useState(() => toZonedInput(new Date(assignment.dueAt), timeZone));
  const [note, setNote] = useState(assignment.note ?? "");
  const [confirming, setConfirming] = useState(false);
  const [series, setSeries] = useState(false);
  const [pending, setPending] = useState<null | "due" | "note" | "withdraw">(null);
  const [message, setMessage] = useState<{ tone: "success" | "warn"; text: string } | null>(null);

  async function patch(kind: "due" | "note" | "withdraw", body: Record<string, unknown>, done: string) {
    setPending(kind);
    setMessage(null);
    const result = await callApi<ClinicianAssignmentDto>(
      "PATCH",
      `/api/v1/assignments/${encodeURIComponent(assignment.id)}`,
      body,
    );
    setPending(null);
    if (!result.ok) {
      setMessage({ tone: "warn", text: result.problems[0]?.message ?? result.message });
      return;
    }
    setMessage({ tone: "success", text: done });
    setConfirming(false);
    router.refresh();
  }

  if (assignment.status === "WITHDRAWN") return null;

  return (
    <section
      aria-labelledby="manage-heading"
      className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:p-5"
    >
      <h2 id="manage-heading" className="text-lg font-semibold">
        Change or withdraw
      </h2>
      {message ? (
        <Notice tone={message.tone} role="status">
          {message.text}
        </Notice>
      ) : null}
      {changeBlocked.length > 0 ? (
        <Notice tone="warn" title="The due date and note can't be changed now">
          {changeBlocked.map((reason) => (
            <p key={reason}>{reason}</p>
          ))}
          <p className="mt-1 text-sm">You can still withdraw it; anything written is kept.</p>
        </Notice>
      ) : (
        <>
          <form
            className="flex flex-wrap items-end gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              const date = fromZonedInput(due, timeZone);
              if (!date || date.getTime() <= Date.now()) {
                setMessage({ tone: "warn", text: "Choose a due date in the future." });
                return;
              }
              void patch("due", { dueAt: date.toISOString() }, "The due date was changed.");
            }}
          >
            <div className="flex flex-col gap-1">
              <label htmlFor="manage-due" className="font-medium">
                Due date
              </label>
              <input
                id="manage-due"
                type="datetime-local"
                value={due}
                onChange={(e) => setDue(e.target.value)}
                className="min-h-11 rounded-lg border border-line bg-surface px-3 py-2 text-base"
              />
            </div>
            <Button type="submit" variant="secondary" disabled={pending !== null}>
              {pending === "due" ? "Saving…" : "Change due date"}
            </Button>
          </form>

          <form
            className="flex flex-col gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              void patch("note", { note: note.trim() ? note.trim() : null }, "The note was saved.");
            }}
          >
            <TextAreaField
              id="manage-note"
              label="Your note"
              value={note}
              maxLength={NOTE_MAX_LENGTH}
              onChange={(e) => setNote(e.target.value)}
            />
            <div>
              <Button type="submit" variant="secondary" disabled={pending !== null}>
                {pending === "note" ? "Saving…" : "Save note"}
              </Button>
            </div>
          </form>
        </>
      )}

      <div className="border-t border-line pt-4">
        {!confirming ? (
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Withdraw this {label}
          </Button>
        ) : (
          <div className="flex flex-col gap-3" role="group" aria-labelledby="withdraw-heading">
            <p id="withdraw-heading" className="font-medium">
              Withdraw this {label}?
            </p>
            <p className="text-muted">
              They will see that it was withdrawn. Anything already written is kept, and stays readable for
              them and for you. This cannot be undone.
            </p>
            {laterWeeks > 0 ? (
              <label className="flex min-h-11 cursor-pointer items-center gap-3">
                <input
                  type="checkbox"
                  className="size-5 accent-accent"
                  checked={series}
                  onChange={(e) => setSeries(e.target.checked)}
                />
                <span>
                  Also withdraw the {laterWeeks} later {laterWeeks === 1 ? "week" : "weeks"} of this weekly
                  series
                </span>
              </label>
            ) : null}
            <div className="flex flex-wrap gap-2">
              <Button
                variant="danger"
                disabled={pending !== null}
                onClick={() =>
                  void patch(
                    "withdraw",
                    { withdraw: true, ...(series ? { series: true } : {}) },
                    `The ${label} was withdrawn.`,
                  )
                }
              >
                {pending === "withdraw" ? "Withdrawing…" : "Yes, withdraw"}
              </Button>
              <Button variant="quiet" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
