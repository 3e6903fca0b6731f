"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { callApi } from "@/components/forms/call-api";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/forms/use-hydrated";
import { NewPasswordField } from "./new-password-field";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [linkProblem, setLinkProblem] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    setPending(true);
    setFieldError(undefined);
    const result = await callApi<{ message: string }>("POST", "/api/v1/auth/password-reset", {
      token,
      password,
    });
    if (result.ok) {
      // Every session of the account has just ended; drop this browser's stale cookie too.
      await signOut({ redirect: false }).catch(() => undefined);
      router.replace("/sign-in?notice=PasswordReset");
      return;
    }
    setPending(false);
    const details = result.details as { reason?: string; field?: string } | null;
    if (details?.reason === "invalid_token") setLinkProblem(result.message);
    else setFieldError(result.message);
  }

  if (linkProblem) {
    return (
      <div className="flex flex-col gap-4">
        <Notice tone="warn" role="alert">
          {linkProblem}
        </Notice>
        <Link
          href="/forgot-password"
          className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
        >
          Ask for a new link
        </Link>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {/* Lets password managers save the new password against the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordField
        id="password"
        name="password"
        label="New password"
        error={fieldError}
        context={{ email }}
      />
      <Button type="submit" disabled={pending || !hydrated}>
        {pending ? "Saving…" : "Save new password"}
      </Button>
    </form>
  );
}
