"use client";

// The clinician's assign form. As soon as a client or couple is chosen it asks the jurisdiction
// check why (or why not) work can go to each person, before anything is submitted; the server
// enforces the same rule again on submit.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { callApi, problemFor, type FieldProblem } from "@/components/forms/call-api";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { ExercisePicker } from "./exercise-picker";
import { BeforeSending, SharingPausedNote, type OpenCopy } from "./assign-checks";
import { RecipientOptions } from "./recipient-options";
import { RepeatFields, type Repeat } from "./repeat-fields";
import { PerspectiveChoices } from "./perspective-choices";
import { usePerspectiveChoice } from "./use-perspective-choice";
import { useJurisdictionCheck, type JurisdictionCheckState } from "./use-jurisdiction-check";
import { JurisdictionStatus } from "@/components/jurisdiction/jurisdiction-status";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import {
  defaultDueAt,
  endOfDayInZone,
  fromZonedInput,
  toZonedInput,
  weeklyDueDates,
} from "@/lib/assignments/due-dates";
import { capitalise, plural } from "@/lib/assignments/labels";
import { MAX_REPEAT_WEEKS, NOTE_MAX_LENGTH, type CreatedAssignmentsDto } from "@/lib/assignments/schemas";

export type AssignExercise = {
  slug: string;
  title: string;
  summary: string;
  section: string;
  audience: "individual" | "couple" | "both";
  estimatedMinutes: number;
  version: number;
  source: "guide" | "custom";
  perspectives: { id: string; label: string }[];
};

export type AssignRecipient = {
  key: string;
  kind: "couple" | "client" | "partner";
  id: string;
  name: string;
  people: { id: string; name: string; firstName: string }[];
  defaultDue: { dueAt: string; basis: "appointment" | "week" } | null;
  /** Couples: sharing between the partners is paused (a safety screen not "no concern"). */
  sharingPaused?: boolean;
  /** Couples: the perspectives chosen last time, by exercise slug, then client id. */
  lastPerspectives?: Record<string, Record<string, string>>;
};

const isPast = (date: Date) => date.getTime() <= Date.now();

/** Before a recipient is chosen: 8 pm a week from today in the clinician's zone. */
function fallbackDue(timeZone: string): string {
  return defaultDueAt(new Date(), [], timeZone).toISOString();
}

export function AssignForm({
  recipients,
  exercises,
  label,
  timeZone,
  initialRecipient,
  initialExercise,
}: {
  recipients: AssignRecipient[];
  exercises: AssignExercise[];
  label: string;
  timeZone: string;
  initialRecipient: string;
  initialExercise: string;
}) {
  const router = useRouter();
  const uid = useId().replace(/[^A-Za-z0-9]/g, "");
  const [recipientKey, setRecipientKey] = useState(initialRecipient);
  const [slug, setSlug] = useState(initialExercise);
  const recipient = recipients.find((r) => r.key === recipientKey) ?? null;
  const exercise = exercises.find((e) => e.slug === slug) ?? null;
  const [due, setDue] = useState(() =>
    toZonedInput(new Date(recipient?.defaultDue?.dueAt ?? fallbackDue(timeZone)), timeZone),
  );
  const [dueTouched, setDueTouched] = useState(false);
  const [note, setNote] = useState("");
  const [repeat, setRepeat] = useState<Repeat>({ on: false, until: "", everyWeeks: 1 });
  const [check, setCheck] = useState<JurisdictionCheckState>(
    initialRecipient ? { kind: "loading" } : { kind: "idle" },
  );
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [blocked, setBlocked] = useState<{ name: string; message: string }[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [duplicates, setDuplicates] = useState<OpenCopy[]>([]);

  // Ask the licence check as soon as the recipient is known: explained before submitting.
  useJurisdictionCheck(recipient, setCheck);

  function chooseRecipient(key: string) {
    setRecipientKey(key);
    setCheck(key ? { kind: "loading" } : { kind: "idle" });
    setBlocked([]);
    choice.reset();
    setConfirming(false);
    setDuplicates([]);
    const next = recipients.find((r) => r.key === key);
    if (next?.defaultDue && !dueTouched) setDue(toZonedInput(new Date(next.defaultDue.dueAt), timeZone));
  }

  const choice = usePerspectiveChoice(exercise, recipient);
  const needsPerspectives = choice.needed;
  const chosenPerspectives = choice.chosen;

  const dueDate = fromZonedInput(due, timeZone);
  const untilDate = repeat.on && repeat.until ? endOfDayInZone(repeat.until, timeZone) : null;
  const weeks =
    dueDate && untilDate && untilDate >= dueDate
      ? weeklyDueDates(dueDate, untilDate, timeZone, MAX_REPEAT_WEEKS, repeat.everyWeeks).length
      : 0;
  const checkBlocks = check.kind === "done" && !check.check.allowed;
  const audienceMismatch =
    exercise &&
    recipient &&
    ((exercise.audience === "couple" && recipient.kind !== "couple") ||
      (exercise.audience === "individual" && recipient.kind === "couple"));

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: FieldProblem[] = [];
    if (!recipient) local.push({ path: "recipient", message: "Choose who this is for." });
    if (!exercise) local.push({ path: "exercise", message: "Choose an exercise." });
    if (!dueDate) local.push({ path: "dueAt", message: "Choose a due date and time." });
    else if (isPast(dueDate)) local.push({ path: "dueAt", message: "Choose a due date in the future." });
    if (repeat.on && !untilDate)
      local.push({ path: "repeatWeeklyUntil", message: "Choose the date the repeat ends." });
    if (repeat.on && untilDate && dueDate && untilDate < dueDate)
      local.push({
        path: "repeatWeeklyUntil",
        message: "The repeat should end on or after the first due date.",
      });
    if ((weeks - 1) * repeat.everyWeeks >= MAX_REPEAT_WEEKS)
      local.push({
        path: "repeatWeeklyUntil",
        message: `A repeat can run for at most ${MAX_REPEAT_WEEKS} weeks.`,
      });
    local.push(...choice.missing());
    setProblems(local);
    setError(null);
    setBlocked([]);
    setDuplicates([]);
    if (local.length > 0) {
      document.getElementById(`${uid}-${local[0]!.path.replace("perspectives.", "perspective-")}`)?.focus();
      return;
    }
    // Perspectives are confirmed in plain words before anything is sent.
    if (needsPerspectives) {
      setConfirming(true);
      return;
    }
    await send(false);
  }

  async function send(allowDuplicate: boolean) {
    setPending(true);
    setError(null);
    const body = {
      exercise: exercise!.slug,
      ...(recipient!.kind === "couple" ? { coupleId: recipient!.id } : { clientId: recipient!.id }),
      dueAt: dueDate!.toISOString(),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(needsPerspectives ? { perspectives: chosenPerspectives } : {}),
      ...(repeat.on && untilDate
        ? { repeatWeeklyUntil: untilDate.toISOString(), repeatEveryWeeks: repeat.everyWeeks }
        : {}),
      ...(allowDuplicate ? { allowDuplicate: true } : {}),
    };
    const result = await callApi<CreatedAssignmentsDto>("POST", "/api/v1/assignments", body);
    if (result.ok) {
      const first = result.data.items[0]!;
      router.push(`/assign/${first.id}?created=${result.data.items.length}`);
      return;
    }
    setPending(false);
    setConfirming(false);
    const details = result.details as {
      reason?: string;
      people?: { name: string; message: string }[];
      open?: OpenCopy[];
    } | null;
    if (result.status === 409 && details?.reason === "duplicate" && details.open) {
      setDuplicates(details.open);
    } else if (result.status === 422 && details?.reason === "jurisdiction" && details.people) {
      setBlocked(details.people);
      setError("This can't be assigned: a licence does not cover where someone is right now.");
    } else {
      setError(result.message);
      setProblems(result.problems);
    }
  }

  const id = (path: string) => `${uid}-${path}`;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6" data-testid="assign-form">
      {error ? (
        <Notice tone="warn" role="alert" title={error}>
          {blocked.length > 0 ? (
            <ul className="flex flex-col gap-1">
              {blocked.map((b) => (
                <li key={b.name}>{b.message}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}

      <fieldset className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:p-5">
        <legend className="px-1 text-lg font-semibold">Who it is for</legend>
        <SelectField
          id={id("recipient")}
          label="Client or couple"
          value={recipientKey}
          onChange={(e) => chooseRecipient(e.target.value)}
          error={
            problemFor(problems, "recipient") ??
            problemFor(problems, "clientId") ??
            problemFor(problems, "coupleId")
          }
        >
          <RecipientOptions recipients={recipients} />
        </SelectField>
        <div aria-live="polite">
          {check.kind === "loading" ? (
            <p className="text-muted">Checking your licences for where they are…</p>
          ) : null}
          {check.kind === "error" ? (
            <Notice tone="warn" role="status">
              {check.message}
            </Notice>
          ) : null}
          {check.kind === "done" ? (
            <JurisdictionStatus
              check={check.check}
              subject={recipient?.kind === "couple" ? "couple" : "client"}
            />
          ) : null}
        </div>
        {recipient?.kind === "couple" && recipient.sharingPaused ? <SharingPausedNote /> : null}
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:p-5">
        <legend className="px-1 text-lg font-semibold">What to send</legend>
        <ExercisePicker
          id={id("exercise")}
          exercises={exercises}
          value={slug}
          onChange={(next) => {
            setSlug(next);
            choice.reset();
            setConfirming(false);
            setDuplicates([]);
          }}
          error={problemFor(problems, "exercise")}
        />
        {audienceMismatch ? (
          <Notice tone="info">
            {exercise!.audience === "couple"
              ? "This exercise was written for couples. It can still be given to one person; their answers stay between them and you."
              : "This exercise was written for individuals. Each partner will answer their own copy."}
          </Notice>
        ) : null}

        {needsPerspectives && exercise && recipient ? (
          <PerspectiveChoices
            people={recipient.people}
            perspectives={exercise.perspectives}
            chosen={chosenPerspectives}
            lastTime={choice.usingLastTime}
            idFor={(personId) => id(`perspective-${personId}`)}
            problemFor={(personId) => problemFor(problems, `perspectives.${personId}`)}
            onChoose={(personId, perspectiveId) => {
              setConfirming(false);
              choice.choose(personId, perspectiveId);
            }}
          />
        ) : null}

        <TextAreaField
          id={id("note")}
          label="A personal note (optional)"
          hint={`Shown to them with the ${label}. Plain and warm works best.`}
          value={note}
          maxLength={NOTE_MAX_LENGTH}
          onChange={(e) => setNote(e.target.value)}
          error={problemFor(problems, "note")}
        />
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:p-5">
        <legend className="px-1 text-lg font-semibold">When</legend>
        <div className="flex flex-col gap-1">
          <label htmlFor={id("dueAt")} className="font-medium">
            Due
          </label>
          <p id={`${id("dueAt")}-hint`} className="text-sm text-muted">
            {recipient?.defaultDue?.basis === "appointment" && !dueTouched
              ? "Set to 8:00 PM their time, the evening before your next appointment with them."
              : "Defaults to 8:00 PM their time, the evening before your next appointment with them, or a week from now."}{" "}
            Times are in your time zone ({timeZone.replace(/_/g, " ")}).
          </p>
          <input
            id={id("dueAt")}
            type="datetime-local"
            value={due}
            onChange={(e) => {
              setDue(e.target.value);
              setDueTouched(true);
            }}
            aria-describedby={`${id("dueAt")}-hint${problemFor(problems, "dueAt") ? ` ${id("dueAt")}-error` : ""}`}
            aria-invalid={problemFor(problems, "dueAt") ? true : undefined}
            className="min-h-11 max-w-xs rounded-lg border border-line bg-surface px-3 py-2 text-base aria-[invalid]:border-danger"
          />
          {problemFor(problems, "dueAt") ? (
            <p id={`${id("dueAt")}-error`} className="text-sm text-danger">
              {problemFor(problems, "dueAt")}
            </p>
          ) : null}
        </div>

        <RepeatFields
          id={id}
          repeat={repeat}
          onChange={setRepeat}
          copies={weeks}
          dueDate={dueDate}
          timeZone={timeZone}
          label={label}
          problems={problems}
        />
      </fieldset>

      {recipient && exercise ? (
        <BeforeSending
          {...{ recipient, exercise, confirming, duplicates, pending, timeZone }}
          chosen={chosenPerspectives}
          onConfirm={() => void send(false)}
          onChange={() => {
            setConfirming(false);
            document.getElementById(id(`perspective-${recipient.people[0]!.id}`))?.focus();
          }}
          onSendAnyway={() => void send(true)}
        />
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending || confirming || checkBlocks || check.kind === "loading"}>
          {pending ? "Assigning…" : `Assign ${weeks > 1 ? `${weeks} ${plural(label)}` : `this ${label}`}`}
        </Button>
        {checkBlocks ? (
          <p className="text-muted">
            {capitalise(plural(label))} can be assigned once the licence check above passes.
          </p>
        ) : null}
      </div>
    </form>
  );
}
