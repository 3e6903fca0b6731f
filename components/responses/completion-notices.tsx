"use client";

// The completion form's notices that are not part of answering: what to fix before sending, being
// signed out mid-answer, and what this device still holds after the work was locked.
import type { Ref } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { Prompt } from "@/lib/exercises/schema";
import type { StoredAnswers } from "@/lib/responses/answers";
import { AnswerText } from "./answer-text";

/** The questions that need an answer, each a link that moves focus to its prompt. */
export function ProblemSummary({
  ref,
  prompts,
  idPrefix,
  onChoose,
}: {
  ref: Ref<HTMLDivElement>;
  prompts: Prompt[];
  idPrefix: string;
  onChoose: (promptId: string) => void;
}) {
  return (
    <div
      id="answer-problems"
      ref={ref}
      role="alert"
      className="rounded-lg border border-warn/30 bg-warn-soft px-4 py-3"
    >
      <p className="font-medium">
        {prompts.length === 1
          ? "One question needs an answer before you send:"
          : `${prompts.length} questions need an answer before you send:`}
      </p>
      <ul className="mt-1 list-disc pl-5">
        {prompts.map((p) => (
          <li key={p.id}>
            <a
              href={`#${idPrefix}-${p.id}-label`}
              className="text-accent underline underline-offset-4"
              onClick={(e) => {
                e.preventDefault();
                onChoose(p.id);
              }}
            >
              {p.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SignedOutNotice() {
  return (
    <Notice tone="warn" role="alert" title="You were signed out">
      <p>Everything you wrote is kept on this device. Sign in again to send it; it will be waiting here.</p>
      <a
        href="/sign-in"
        className="mt-2 inline-flex min-h-11 items-center font-medium text-accent underline underline-offset-4"
      >
        Sign in again
      </a>
    </Notice>
  );
}

/** Work that can no longer change, with edits this device never sent: shown so they can be copied. */
export function LockedLeftovers({
  prompts,
  leftovers,
  onRemove,
}: {
  prompts: Prompt[];
  leftovers: StoredAnswers;
  onRemove: () => void;
}) {
  return (
    <Notice tone="warn" title="Some changes on this device were not sent">
      <p>
        This can no longer be changed, but this device still holds what you wrote after the last save. Here it
        is, so you can copy anything you want to keep:
      </p>
      <dl className="mt-3 flex flex-col gap-3">
        {prompts
          .filter((p) => leftovers[p.id])
          .map((p) => (
            <div key={p.id}>
              <dt className="font-medium">{p.label}</dt>
              <dd>
                <AnswerText prompt={p} value={leftovers[p.id]?.value} />
              </dd>
            </div>
          ))}
      </dl>
      <Button variant="secondary" className="mt-3" onClick={onRemove}>
        I have what I need: remove it from this device
      </Button>
    </Notice>
  );
}
