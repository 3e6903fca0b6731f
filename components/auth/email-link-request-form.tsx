"use client";

import { useState } from "react";
import Link from "next/link";
import { callApi } from "@/components/forms/call-api";
import { Button } from "@/components/ui/button";
import { EmailFormStart } from "./email-form-start";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/forms/use-hydrated";

/**
 * "Email me a link" (password reset, sign-in link). The answer is the same whether or not the email
 * has an account, so the page never says which.
 */
export function EmailLinkRequestForm({ endpoint, submitLabel }: { endpoint: string; submitLabel: string }) {
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    if (!email.includes("@")) {
      setError("Enter your email address, like name@example.com.");
      return;
    }
    setPending(true);
    setError(null);
    const result = await callApi<{ message: string }>("POST", endpoint, { email });
    setPending(false);
    if (result.ok) {
      setSent(result.data.message);
      return;
    }
    setError(result.status === 400 ? "Enter your email address, like name@example.com." : result.message);
  }

  if (sent) {
    return (
      <div className="flex flex-col gap-4">
        <Notice tone="success" role="status" title="Check your email">
          {sent}
        </Notice>
        <button
          type="button"
          className="min-h-11 text-left text-accent underline-offset-4 hover:underline"
          onClick={() => setSent(null)}
        >
          Use a different email
        </button>
        <Link
          href="/sign-in"
          className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
        >
          Back to sign in
        </Link>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <EmailFormStart error={error} autoComplete="email" />
      <Button type="submit" disabled={pending || !hydrated}>
        {pending ? "Sending…" : submitLabel}
      </Button>
      <Link
        href="/sign-in"
        className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
      >
        Back to sign in
      </Link>
    </form>
  );
}
