"use client";

import { useState } from "react";
import { callApi } from "@/components/forms/call-api";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/forms/use-hydrated";
import { NewPasswordField } from "./new-password-field";

export function ChangePasswordForm({ email, name }: { email: string; name: string }) {
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ currentPassword?: string; newPassword?: string; form?: string }>({});
  // A new key empties the form after a successful change.
  const [formKey, setFormKey] = useState(0);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setErrors({});
    setDone(null);
    const result = await callApi<{ message: string }>("POST", "/api/v1/auth/password", {
      currentPassword: String(form.get("currentPassword") ?? ""),
      newPassword: String(form.get("newPassword") ?? ""),
    });
    setPending(false);
    if (result.ok) {
      setDone(result.data.message);
      setFormKey((k) => k + 1);
      return;
    }
    const field = (result.details as { field?: string } | null)?.field;
    if (field === "currentPassword") setErrors({ currentPassword: result.message });
    else if (field === "newPassword") setErrors({ newPassword: result.message });
    else setErrors({ form: result.message });
  }

  return (
    <form
      key={formKey}
      method="post"
      onSubmit={onSubmit}
      className="flex max-w-xl flex-col gap-4"
      noValidate
      aria-label="Change password"
    >
      {done ? (
        <Notice tone="success" role="status">
          {done}
        </Notice>
      ) : null}
      {errors.form ? (
        <Notice tone="warn" role="alert">
          {errors.form}
        </Notice>
      ) : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field
        id="current-password"
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <NewPasswordField
        id="new-password"
        name="newPassword"
        label="New password"
        error={errors.newPassword}
        context={{ email, name }}
      />
      <div>
        <Button type="submit" disabled={pending || !hydrated}>
          {pending ? "Saving…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}
