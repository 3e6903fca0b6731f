"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { Prompt } from "@/lib/exercises/schema";
import { canKeepBoth, type Conflict, type ConflictChoice } from "./draft-sync/merge";
import { AnswerText } from "./answer-text";

/**
 * Two copies of the same answer: this device's and one saved elsewhere (another tab or device).
 * Both texts are shown side by side; the client chooses per answer. Nothing is decided for them.
 */
export function ConflictPanel({
  conflicts,
  prompts,
  onResolve,
}: {
  conflicts: Conflict[];
  prompts: Prompt[];
  onResolve: (choices: Record<string, ConflictChoice>) => void;
}) {
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const missing = conflicts.filter((c) => !choices[c.promptId]);

  return (
    <section
      aria-labelledby="conflict-heading"
      className="rounded-xl border border-warn/30 bg-warn-soft p-4 sm:p-5"
      data-testid="conflict-panel"
    >
      <h2 id="conflict-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
        {conflicts.length === 1
          ? "This answer was also changed somewhere else"
          : "These answers were also changed somewhere else"}
      </h2>
      <p className="mt-1">
        You changed {conflicts.length === 1 ? "it" : "them"} here and on another device or tab. Nothing has
        been lost: both versions are below. Choose what to keep.
      </p>
      <ol className="mt-4 flex flex-col gap-5">
        {conflicts.map((conflict) => {
          const prompt = prompts.find((p) => p.id === conflict.promptId);
          const label = prompt?.label ?? conflict.promptId;
          const name = `conflict-${conflict.promptId}`;
          return (
            <li key={conflict.promptId} className="rounded-lg border border-line bg-surface p-4">
              <fieldset>
                <legend className="font-medium">{label}</legend>
                <div className="mt-3 grid gap-3 md:grid-cols-2">
                  <div className="rounded-lg border border-line p-3">
                    <p className="mb-1 text-sm font-medium text-muted">On this device</p>
                    {prompt ? (
                      <AnswerText prompt={prompt} value={conflict.mine.value} emptyText="(empty)" />
                    ) : null}
                  </div>
                  <div className="rounded-lg border border-line p-3">
                    <p className="mb-1 text-sm font-medium text-muted">Saved from your other device</p>
                    {prompt ? (
                      <AnswerText prompt={prompt} value={conflict.theirs.value} emptyText="(empty)" />
                    ) : null}
                  </div>
                </div>
                <div className="mt-3 flex flex-wrap gap-2">
                  {(
                    [
                      ["mine", "Keep this device's"],
                      ["theirs", "Keep the other one"],
                      ...(canKeepBoth(conflict) ? ([["both", "Keep both"]] as const) : []),
                    ] as const
                  ).map(([choice, text]) => (
                    <label
                      key={choice}
                      className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line bg-surface px-3 py-2 has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent"
                    >
                      <input
                        type="radio"
                        name={name}
                        className="size-4 accent-accent"
                        checked={choices[conflict.promptId] === choice}
                        onChange={() => setChoices((c) => ({ ...c, [conflict.promptId]: choice }))}
                      />
                      {text}
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button onClick={() => onResolve(choices)} disabled={missing.length > 0}>
          Use my choices
        </Button>
        {missing.length > 0 ? (
          <p className="text-sm text-muted">
            Choose for {missing.length === 1 ? "the answer" : `all ${conflicts.length} answers`} above first.
          </p>
        ) : null}
      </div>
    </section>
  );
}
