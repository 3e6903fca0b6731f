// What the assign form asks or tells before sending: the perspectives in plain words (never a silent
// default), the same exercise already open for the same people, and that a couple's sharing is paused.
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { shortDateWords } from "@/lib/time/words";

type Person = { id: string; firstName: string };
type Perspective = { id: string; label: string };

/** "Alex: the partner who was hurt; Sam: the partner who caused the hurt". */
export function perspectiveSentence(
  people: Person[],
  perspectives: Perspective[],
  chosen: Record<string, string>,
): string {
  return people
    .map((p) => {
      const label = perspectives.find((x) => x.id === chosen[p.id])?.label ?? "";
      return `${p.firstName}: ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
    })
    .join("; ");
}

export function PerspectiveConfirm({
  sentence,
  pending,
  onConfirm,
  onChange,
}: {
  sentence: string;
  pending: boolean;
  onConfirm: () => void;
  onChange: () => void;
}) {
  return (
    <Notice tone="info" role="alert" title="Check who answers from which side">
      <p data-testid="perspective-confirm">{sentence}. Is that right?</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button onClick={onConfirm} disabled={pending}>
          {pending ? "Assigning…" : "Yes, that's right"}
        </Button>
        <Button variant="secondary" onClick={onChange} disabled={pending}>
          Change it
        </Button>
      </div>
    </Notice>
  );
}

export type OpenCopy = { id: string; createdAt: string; dueAt: string; hasNote: boolean };

export function DuplicateWarning({
  open,
  exerciseTitle,
  who,
  timeZone,
  pending,
  onSendAnyway,
}: {
  open: OpenCopy[];
  exerciseTitle: string;
  who: string;
  timeZone: string;
  pending: boolean;
  onSendAnyway: () => void;
}) {
  return (
    <Notice tone="warn" role="alert" title={`${exerciseTitle} is already open for ${who}`}>
      <ul className="flex flex-col gap-1" data-testid="duplicate-warning">
        {open.map((c) => (
          <li key={c.id}>
            <Link href={`/assign/${c.id}`} className="text-accent underline underline-offset-4">
              Open the one sent {shortDateWords(new Date(c.createdAt), timeZone)}
            </Link>{" "}
            (due {shortDateWords(new Date(c.dueAt), timeZone)}
            {c.hasNote ? ", with a note" : ""})
          </li>
        ))}
      </ul>
      <p className="mt-2">You can keep that one, or send another copy as well.</p>
      <div className="mt-3">
        <Button variant="secondary" onClick={onSendAnyway} disabled={pending}>
          {pending ? "Assigning…" : "Send another copy anyway"}
        </Button>
      </div>
    </Notice>
  );
}

export function SharingPausedNote() {
  return (
    <Notice tone="info">
      <p data-testid="assign-sharing-paused">
        Sharing between these partners is paused until both individual safety screens are recorded as
        &ldquo;no concern&rdquo; on the couple&apos;s page. They can still answer; their answers come only to
        you, and each sees the same neutral note, nothing about a screen.
      </p>
    </Notice>
  );
}

/** Between the form and its submit button: the perspective confirmation, or the duplicate warning. */
export function BeforeSending({
  recipient,
  exercise,
  chosen,
  confirming,
  duplicates,
  pending,
  timeZone,
  onConfirm,
  onChange,
  onSendAnyway,
}: {
  recipient: { kind: string; name: string; people: Person[] & { name: string }[] };
  exercise: { title: string; perspectives: Perspective[] };
  chosen: Record<string, string>;
  confirming: boolean;
  duplicates: OpenCopy[];
  pending: boolean;
  timeZone: string;
  onConfirm: () => void;
  onChange: () => void;
  onSendAnyway: () => void;
}) {
  return (
    <>
      {confirming ? (
        <PerspectiveConfirm
          sentence={perspectiveSentence(recipient.people, exercise.perspectives, chosen)}
          pending={pending}
          onConfirm={onConfirm}
          onChange={onChange}
        />
      ) : null}
      {duplicates.length > 0 ? (
        <DuplicateWarning
          open={duplicates}
          exerciseTitle={exercise.title}
          who={recipient.kind === "couple" ? recipient.name : recipient.people[0]!.name}
          timeZone={timeZone}
          pending={pending}
          onSendAnyway={onSendAnyway}
        />
      ) : null}
    </>
  );
}
