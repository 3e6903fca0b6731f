"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "That email and password did not match. Please try again.",
  RateLimited: "Too many attempts. Please wait a few minutes and try again.",
  SessionExpired: "You were signed out after a while without activity. Please sign in again.",
};

export function SignInForm({ initialError }: { initialError?: string }) {
  const [error, setError] = useState<string | undefined>(initialError ? (MESSAGES[initialError] ?? MESSAGES.CredentialsSignin) : undefined);
  const [pending, setPending] = useState(false);
  const router = useRouter();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // The server decides where each role lands.
      router.replace("/");
      router.refresh();
      return;
    }
    setPending(false);
    setError(result?.status === 429 ? MESSAGES.RateLimited : (MESSAGES[result?.error ?? ""] ?? MESSAGES.CredentialsSignin));
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {error ? (
        <Notice tone="warn" role="alert">
          {error}
        </Notice>
      ) : null}
      <Field id="email" name="email" type="email" label="Email" autoComplete="username" required inputMode="email" />
      <Field id="password" name="password" type="password" label="Password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
