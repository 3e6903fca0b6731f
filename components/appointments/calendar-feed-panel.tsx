"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

// The private feed's controls. The address is shown once, right after it is made (only its hash is
// stored); making a new one stops the old, and turning the feed off stops it everywhere.

type Result = { ok: boolean; message?: string; url?: string };

export function CalendarFeedPanel({
  active,
  since,
  rotate,
  revoke,
}: {
  active: boolean;
  since: string | null;
  rotate: () => Promise<Result>;
  revoke: () => Promise<Result>;
}) {
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (fn: () => Promise<Result>, done: (r: Result) => void) =>
    startTransition(async () => {
      const result = await fn();
      if (result.ok) done(result);
      else setMessage(result.message ?? "That did not work. Please try again.");
    });

  return (
    <div className="flex flex-col gap-4">
      {url ? (
        <div className="flex flex-col gap-2">
          <label htmlFor="feed-url" className="font-medium">
            Your private feed address
          </label>
          <input
            id="feed-url"
            readOnly
            value={url}
            className="min-h-11 w-full rounded-lg border border-line bg-surface px-3 py-2 font-mono text-sm"
            onFocus={(e) => e.currentTarget.select()}
          />
          <p className="text-sm text-muted">
            Copy it now and add it in your calendar app as a subscription (&ldquo;From URL&rdquo;). It is
            shown only once. Anyone with it can see your appointment times and clients&apos; initials.
          </p>
        </div>
      ) : (
        <p>{active ? `Your feed is on (address made ${since}).` : "Your feed is off."}</p>
      )}
      {message ? (
        <Notice tone="warn" role="alert">
          {message}
        </Notice>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button
          disabled={pending}
          onClick={() =>
            run(rotate, (r) => {
              setUrl(r.url ?? null);
              setMessage(null);
            })
          }
        >
          {active || url ? "Make a new address (the old one stops)" : "Turn on the feed"}
        </Button>
        {active || url ? (
          <Button
            variant="danger"
            disabled={pending}
            onClick={() =>
              run(revoke, () => {
                setUrl(null);
                setMessage(null);
              })
            }
          >
            Turn off the feed
          </Button>
        ) : null}
      </div>
    </div>
  );
}
