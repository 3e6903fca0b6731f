"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { confirmAgreementAction } from "@/lib/couples/actions";

/** A partner confirms the agreement their therapist proposed. */
export function ConfirmAgreementButton({ agreementId }: { agreementId: string }) {
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  if (result?.ok) {
    return (
      <Notice tone="success" role="status">
        {result.message}
      </Notice>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      {result ? (
        <Notice tone="warn" role="alert">
          {result.message}
        </Notice>
      ) : null}
      <div>
        <Button
          disabled={pending}
          onClick={async () => {
            setPending(true);
            const r = await confirmAgreementAction(agreementId);
            setPending(false);
            setResult({ ok: r.ok, message: r.message });
          }}
        >
          {pending ? "Confirming…" : "I have read it and I agree"}
        </Button>
      </div>
    </div>
  );
}
