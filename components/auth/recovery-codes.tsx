"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** Shown once, right after the codes are made: copy, download or write them down. */
export function RecoveryCodes({
  codes,
  onDone,
  doneLabel = "I have saved my codes",
}: {
  codes: string[];
  onDone: () => void;
  doneLabel?: string;
}) {
  const [copied, setCopied] = useState(false);
  const text = `Mend recovery codes (each works once)\n\n${codes.join("\n")}\n`;
  return (
    <div className="flex flex-col gap-4">
      <Notice tone="warn" title="Save your recovery codes now">
        If you lose your phone, each of these codes lets you sign in once. This is the only time they are
        shown. Keep them somewhere safe, such as your password manager.
      </Notice>
      <ol
        className="grid grid-cols-1 gap-2 rounded-lg border border-line bg-canvas p-4 font-mono text-base sm:grid-cols-2"
        data-testid="recovery-codes"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(text);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {copied ? "Copied" : "Copy codes"}
        </Button>
        <a
          className="inline-flex min-h-11 items-center justify-center rounded-lg border border-line bg-surface px-4 py-2 font-medium text-ink hover:bg-canvas"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download="mend-recovery-codes.txt"
        >
          Download
        </a>
        <Button onClick={onDone}>{doneLabel}</Button>
      </div>
    </div>
  );
}
