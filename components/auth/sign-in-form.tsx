"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { EmailFormStart } from "./email-form-start";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/forms/use-hydrated";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "That email and password did not match. Please try again.",
  RateLimited: "Too many attempts. Please wait a few minutes and try again.",
  SessionExpired: "You were signed out after a while without activity. Please sign in again.",
  SessionEnded: "Your session has ended. Please sign in again.",
  TwoFactorInvalid:
    "That code did not match. Enter the newest code from your app, or one of your recovery codes.",
};

type Step = { kind: "password" } | { kind: "code"; email: string; password: string };

export function SignInForm({ initialError }: { initialError?: string }) {
  const hydrated = useHydrated();
  const [error, setError] = useState<string | undefined>(
    initialError ? (MESSAGES[initialError] ?? MESSAGES.CredentialsSignin) : undefined,
  );
  const [pending, setPending] = useState(false);
  const [step, setStep] = useState<Step>({ kind: "password" });
  const router = useRouter();

  async function attempt(email: string, password: string, code?: string) {
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      email,
      password,
      ...(code ? { code } : {}),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // The server decides where each role lands.
      router.replace("/");
      router.refresh();
      return;
    }
    setPending(false);
    if (result?.error === "TwoFactorRequired" || (code && result?.error === "TwoFactorInvalid")) {
      setStep({ kind: "code", email, password });
      if (result.error === "TwoFactorInvalid") setError(MESSAGES.TwoFactorInvalid);
      return;
    }
    if (step.kind === "code") setStep({ kind: "password" });
    setError(
      result?.status === 429
        ? MESSAGES.RateLimited
        : (MESSAGES[result?.error ?? ""] ?? MESSAGES.CredentialsSignin),
    );
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (step.kind === "code") {
      await attempt(step.email, step.password, String(form.get("code") ?? ""));
      return;
    }
    await attempt(String(form.get("email") ?? ""), String(form.get("password") ?? ""));
  }

  if (step.kind === "code") {
    return (
      <form method="post" onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
        <div>
          <h2 className="text-lg font-semibold">Two-step verification</h2>
          <p className="text-muted">
            Enter the 6-digit code from your authenticator app. If you do not have your phone, use one of your
            recovery codes.
          </p>
        </div>
        {error ? (
          <Notice tone="warn" role="alert">
            {error}
          </Notice>
        ) : null}
        <Field
          // The code step replaces the password form: focus moves to the one field it has.
          autoFocus
          id="code"
          name="code"
          label="Code"
          autoComplete="one-time-code"
          inputMode="text"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={40}
        />
        <Button type="submit" disabled={pending || !hydrated}>
          {pending ? "Checking…" : "Verify and sign in"}
        </Button>
        <button
          type="button"
          className="min-h-11 text-left text-accent underline-offset-4 hover:underline"
          onClick={() => {
            setStep({ kind: "password" });
            setError(undefined);
          }}
        >
          Use a different account
        </button>
      </form>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <EmailFormStart error={error} autoComplete="username" />
      <Field
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
      />
      <Button type="submit" disabled={pending || !hydrated}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <div className="flex flex-col gap-1 text-base">
        <Link
          href="/forgot-password"
          className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
        >
          Forgot your password?
        </Link>
        <Link
          href="/sign-in/email"
          className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
        >
          Clients: email me a sign-in link instead
        </Link>
      </div>
    </form>
  );
}
