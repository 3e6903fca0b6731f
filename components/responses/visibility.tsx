// Under every answer on the completion page: who will see it, and for a couple the choice to share.
import { privateChoiceLabel, sharedNote, type PrivacyAgreement } from "@/lib/couples/private-choice";
import type { Prompt } from "@/lib/exercises/schema";

/**
 * `bothSent`: both partners have sent theirs, so shared answers are already visible (no "once...");
 * the completion form sets it from the send's answer the moment the second partner sends.
 * `agreement`: the couple's confidentiality agreement (null outside a couple), which words "Therapist only".
 */
export type Sharing = {
  available: boolean;
  partnerFirstName: string | null;
  bothSent?: boolean;
  agreement?: PrivacyAgreement;
};

function LockIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0" fill="currentColor">
      <path d="M10 2a4 4 0 0 0-4 4v2H5a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1V9a1 1 0 0 0-1-1h-1V6a4 4 0 0 0-4-4Zm-2 6V6a2 2 0 1 1 4 0v2H8Z" />
    </svg>
  );
}

/** Under every answer: who will see it, and (for couples) the choice. */
export function Visibility({
  prompt,
  shared,
  onChange,
  sharing,
  readOnly,
}: {
  prompt: Prompt;
  shared: boolean;
  onChange: (shared: boolean) => void;
  sharing: Sharing;
  readOnly: boolean;
}) {
  const partner = sharing.partnerFirstName ?? "your partner";
  const onlyTherapist = privateChoiceLabel(sharing.agreement ?? null);
  if (!sharing.available) {
    return (
      <p className="flex items-center gap-2 text-sm text-muted">
        <LockIcon /> {onlyTherapist}
      </p>
    );
  }
  if (readOnly) {
    return (
      <p className="flex items-center gap-2 text-sm text-muted">
        {shared ? (
          sharedNote(partner, sharing.bothSent)
        ) : (
          <>
            <LockIcon /> {onlyTherapist}
          </>
        )}
      </p>
    );
  }
  const name = `visibility-${prompt.id}`;
  const option =
    "flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line bg-surface px-3 py-2 text-base has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent";
  return (
    <fieldset className="mt-1 border-t border-line pt-3" data-testid={`visibility-${prompt.id}`}>
      <legend className="float-left mb-2 w-full text-sm font-medium text-muted">Who sees this answer?</legend>
      <div className="clear-both flex flex-wrap gap-2">
        <label className={option}>
          <input
            type="radio"
            name={name}
            className="size-4 accent-accent"
            checked={!shared}
            onChange={() => onChange(false)}
          />
          <LockIcon />
          <span>{onlyTherapist}</span>
        </label>
        <label className={option}>
          <input
            type="radio"
            name={name}
            className="size-4 accent-accent"
            checked={shared}
            onChange={() => onChange(true)}
          />
          <span>
            Share with my partner <span className="text-muted">({partner})</span>
          </span>
        </label>
      </div>
      {shared ? <p className="mt-2 text-sm text-muted">{sharedNote(partner, sharing.bothSent)}</p> : null}
    </fieldset>
  );
}
