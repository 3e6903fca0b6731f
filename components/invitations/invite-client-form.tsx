"use client";

import Link from "next/link";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { problemFor } from "@/components/forms/call-api";
import { useApiForm } from "@/components/forms/use-api-form";
import { CONFIDENTIALITY_DESCRIPTION, CONFIDENTIALITY_LABEL } from "@/lib/invitations/labels";
import type { InvitationDto } from "@/lib/invitations/schemas";

export type InviteMode = "individual" | "new-couple" | "existing-couple";

type Props = {
  /** The clinician's couples that still have room for a partner. */
  couples: { id: string; name: string }[];
  initialMode?: InviteMode;
  initialCoupleId?: string;
};

/** The paths this form shows a problem under, by the field. */
const SHOWN_FIELDS = ["name", "email", "couple.name", "couple.note", "couple.coupleId"];

export function InviteClientForm({ couples, initialMode = "individual", initialCoupleId }: Props) {
  const router = useRouter();
  const [mode, setMode] = useState<InviteMode>(
    couples.length === 0 && initialMode === "existing-couple" ? "individual" : initialMode,
  );
  const [confidentiality, setConfidentiality] = useState<"NO_SECRETS" | "LIMITED_SECRETS">("NO_SECRETS");
  const { hydrated, pending, error, problems, send } = useApiForm({ fields: SHOWN_FIELDS });
  const [sent, setSent] = useState<InvitationDto | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const couple =
      mode === "new-couple"
        ? { mode: "new", name: text("coupleName"), confidentiality, note: text("note") || null }
        : mode === "existing-couple"
          ? { mode: "existing", coupleId: text("coupleId") }
          : null;
    const result = await send<InvitationDto>("POST", "/api/v1/invitations", {
      role: "CLIENT",
      name: text("name"),
      email: text("email"),
      couple,
    });
    if (!result.ok) return;
    setSent(result.data);
    router.refresh();
  }

  if (sent) {
    return (
      <div className="flex flex-col gap-4">
        <Notice tone="success" role="status" title="Invitation sent">
          We emailed {sent.name} at {sent.email}. Their link works once, for 7 days. You can re-send or
          withdraw it from {sent.couple ? "the couple's page" : "your clients page"}.
        </Notice>
        <div className="flex flex-wrap gap-2">
          {sent.couple ? (
            <Link href={`/clients/couples/${sent.couple.id}`} className={buttonClasses("primary")}>
              Go to {sent.couple.name}
            </Link>
          ) : (
            <Link href="/clients" className={buttonClasses("primary")}>
              Back to clients
            </Link>
          )}
          <Button variant="secondary" onClick={() => setSent(null)}>
            Invite someone else
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} method="post" className="flex flex-col gap-5" noValidate>
      {error ? (
        <Notice tone="warn" role="alert">
          {error}
        </Notice>
      ) : null}
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">Who are you inviting?</legend>
        {(
          [
            ["individual", "An individual client"],
            ["new-couple", "A partner in a new couple"],
            ...(couples.length > 0 ? [["existing-couple", "The second partner of an existing couple"]] : []),
          ] as [InviteMode, string][]
        ).map(([value, label]) => (
          <label
            key={value}
            className="flex min-h-11 items-center gap-3 rounded-lg border border-line bg-surface px-3"
          >
            <input
              type="radio"
              name="mode"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
              className="size-5 shrink-0"
            />
            {label}
          </label>
        ))}
      </fieldset>

      <Field
        id="invite-name"
        name="name"
        label="Their name"
        autoComplete="off"
        required
        error={problemFor(problems, "name")}
      />
      <Field
        id="invite-email"
        name="email"
        type="email"
        inputMode="email"
        label="Their email"
        hint="Each partner needs their own email address: nobody shares a login."
        autoComplete="off"
        required
        error={problemFor(problems, "email")}
      />

      {mode === "new-couple" ? (
        <fieldset className="flex flex-col gap-4 rounded-xl border border-line p-4">
          <legend className="px-1 font-medium">The couple</legend>
          <Field
            id="invite-couple-name"
            name="coupleName"
            label="Couple name"
            hint="How the couple appears in your caseload, e.g. “Alex & Sam”. Both partners see it."
            required
            error={problemFor(problems, "couple.name")}
          />
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 font-medium">Confidentiality agreement</legend>
            <p className="text-sm text-muted">Both partners read this before they join.</p>
            {(["NO_SECRETS", "LIMITED_SECRETS"] as const).map((value) => (
              <label key={value} className="flex gap-3 rounded-lg border border-line bg-surface p-3">
                <input
                  type="radio"
                  name="confidentiality"
                  value={value}
                  checked={confidentiality === value}
                  onChange={() => setConfidentiality(value)}
                  className="mt-1 size-5 shrink-0"
                />
                <span>
                  <span className="font-medium">{CONFIDENTIALITY_LABEL[value]}</span>
                  <span className="block text-sm text-muted">{CONFIDENTIALITY_DESCRIPTION[value]}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <TextAreaField
            id="invite-note"
            name="note"
            label="Your note on the agreement (optional)"
            hint="In your own words; both partners see it. No clinical detail."
            maxLength={2000}
            error={problemFor(problems, "couple.note")}
          />
        </fieldset>
      ) : null}

      {mode === "existing-couple" ? (
        <SelectField
          id="invite-couple"
          name="coupleId"
          label="Couple"
          defaultValue={initialCoupleId ?? couples[0]?.id}
          error={problemFor(problems, "couple.coupleId")}
        >
          {couples.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      ) : null}

      <div>
        <Button type="submit" disabled={pending || !hydrated}>
          {pending ? "Sending…" : "Send invitation"}
        </Button>
      </div>
    </form>
  );
}
