"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { problemFor } from "@/components/forms/call-api";
import { useApiForm } from "@/components/forms/use-api-form";
import type { InvitationDto } from "@/lib/invitations/schemas";

/** The paths this form shows a problem under, by the field. */
const SHOWN_FIELDS = ["name", "email"];

/** An admin invites a clinician to the practice. */
export function InviteClinicianForm() {
  const router = useRouter();
  const { hydrated, pending, error, problems, send } = useApiForm({ fields: SHOWN_FIELDS });
  const [sent, setSent] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setSent(null);
    const result = await send<InvitationDto>("POST", "/api/v1/invitations", {
      role: "CLINICIAN",
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
    });
    if (!result.ok) return;
    formElement.reset();
    setSent(`We emailed ${result.data.name} at ${result.data.email}. Their link works once, for 7 days.`);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} method="post" className="flex flex-col gap-4" noValidate>
      {error ? (
        <Notice tone="warn" role="alert">
          {error}
        </Notice>
      ) : null}
      {sent ? (
        <Notice tone="success" role="status" title="Invitation sent">
          {sent}
        </Notice>
      ) : null}
      <Field
        id="clinician-name"
        name="name"
        label="Their name"
        autoComplete="off"
        required
        error={problemFor(problems, "name")}
      />
      <Field
        id="clinician-email"
        name="email"
        type="email"
        inputMode="email"
        label="Their work email"
        autoComplete="off"
        required
        error={problemFor(problems, "email")}
      />
      <p className="text-sm text-muted">
        After they join, they record their licences, and you verify each one before they can assign work to
        clients in that state.
      </p>
      <div>
        <Button type="submit" disabled={pending || !hydrated}>
          {pending ? "Sending…" : "Send invitation"}
        </Button>
      </div>
    </form>
  );
}
