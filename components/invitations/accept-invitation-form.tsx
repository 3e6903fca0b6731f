"use client";

import Link from "next/link";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, SelectField, StateOptions } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { problemFor, type FieldProblem } from "@/components/forms/call-api";
import { useApiForm } from "@/components/forms/use-api-form";
import { invitationSharing } from "@/lib/couples/privacy-words";
import { CONFIDENTIALITY_DESCRIPTION, CONFIDENTIALITY_LABEL } from "@/lib/invitations/labels";
import type { AcceptInvitationDto } from "@/lib/invitations/schemas";
import { US_STATES } from "@/lib/jurisdiction/states";
import { isClientAccount } from "@/lib/policy/account";

type Props = {
  token: string;
  role: "ADMIN" | "CLINICIAN" | "CLIENT";
  email: string;
  invitedByName: string;
  practiceName: string;
  couple: { name: string; confidentiality: "NO_SECRETS" | "LIMITED_SECRETS"; note: string | null } | null;
};

function Check({
  id,
  name,
  children,
  error,
}: {
  id: string;
  name: string;
  children: React.ReactNode;
  error?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="flex min-h-11 items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          className="mt-1 size-5 shrink-0"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <span>{children}</span>
      </label>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The paths this form shows a problem under, by the field. */
const SHOWN_FIELDS = ["password", "state", "agreement", "consent", "adult"];

export function AcceptInvitationForm({ token, role, email, invitedByName, practiceName, couple }: Props) {
  const router = useRouter();
  const isClient = isClientAccount(role);
  const { hydrated, pending, error, problems, send, refuse } = useApiForm({ fields: SHOWN_FIELDS });
  const [ready, setReady] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    const local: FieldProblem[] = [];
    if (!password) local.push({ path: "password", message: "Choose a password of at least 15 characters." });
    if (isClient && !form.get("state"))
      local.push({ path: "state", message: "Choose the state you are in right now." });
    if (couple && !form.get("agreement"))
      local.push({
        path: "agreement",
        message: "Please read your confidentiality agreement and confirm it.",
      });
    if (!form.get("consent"))
      local.push({ path: "consent", message: "Please read the notice above and accept it to continue." });
    if (!form.get("adult"))
      local.push({ path: "adult", message: "Mend is for adults (18 or older) for now." });
    if (local.length) {
      refuse(local, "A few things need your attention before you continue.");
      return;
    }
    let timeZone: string | undefined;
    try {
      timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {
      timeZone = undefined;
    }
    // Stays busy on success: the page moves on (or shows the way to sign in) next.
    const result = await send<AcceptInvitationDto>(
      "POST",
      "/api/v1/invitations/accept",
      {
        token,
        password,
        ...(isClient ? { state: String(form.get("state")) } : {}),
        consent: true,
        adult: true,
        ...(couple ? { agreement: true } : {}),
        timeZone,
      },
      { stayPending: true },
    );
    if (!result.ok) return;
    // Straight in with the password they just chose; if that fails, they can sign in themselves.
    const signedIn = await signIn("credentials", { email: result.data.email, password, redirect: false });
    if (signedIn?.ok && !signedIn.error) {
      router.replace(result.data.home);
      router.refresh();
      return;
    }
    setReady(true);
  }

  if (ready) {
    return (
      <Notice tone="success" role="status" title="Your account is ready">
        <p>Sign in with {email} and the password you just chose.</p>
        <Link href="/sign-in" className={buttonClasses("primary", "mt-3")}>
          Go to sign in
        </Link>
      </Notice>
    );
  }

  return (
    <form onSubmit={onSubmit} method="post" className="flex flex-col gap-5" noValidate>
      {error ? (
        <Notice tone="warn" role="alert">
          {error}
        </Notice>
      ) : null}

      <Field
        id="accept-email"
        label="Your email"
        value={email}
        readOnly
        autoComplete="username"
        hint="This is the address your invitation was sent to."
      />
      <Field
        id="accept-password"
        name="password"
        type="password"
        label="Choose a password"
        hint="At least 15 characters. A few unrelated words make a strong passphrase that is easy to remember."
        autoComplete="new-password"
        required
        minLength={15}
        error={problemFor(problems, "password")}
      />

      {isClient ? (
        <SelectField
          id="accept-state"
          name="state"
          label="Where are you located right now?"
          hint="Therapists can only work with you in states where they are licensed, so Mend asks where you are. If you are travelling, choose where you are today. If you are outside the US, please tell your therapist."
          required
          defaultValue=""
          error={problemFor(problems, "state")}
        >
          <StateOptions states={US_STATES} />
        </SelectField>
      ) : null}

      {couple ? (
        <section
          aria-labelledby="agreement-heading"
          className="flex flex-col gap-2 rounded-xl border border-line bg-canvas p-4"
        >
          <h2 id="agreement-heading" className="font-semibold">
            Your confidentiality agreement: {CONFIDENTIALITY_LABEL[couple.confidentiality]}
          </h2>
          <p>{CONFIDENTIALITY_DESCRIPTION[couple.confidentiality]}</p>
          {couple.note ? (
            <blockquote className="border-l-4 border-accent pl-3 whitespace-pre-line">
              {couple.note}
              <footer className="mt-1 text-sm text-muted">— {invitedByName}</footer>
            </blockquote>
          ) : null}
          <Check id="accept-agreement" name="agreement" error={problemFor(problems, "agreement")}>
            I have read the confidentiality agreement for {couple.name}.
          </Check>
        </section>
      ) : null}

      <section
        aria-labelledby="consent-heading"
        className="flex flex-col gap-2 rounded-xl border border-line bg-canvas p-4"
      >
        <h2 id="consent-heading" className="font-semibold">
          Before you start
        </h2>
        {isClient ? (
          <ul className="flex list-disc flex-col gap-2 pl-5">
            <li>
              Mend is a private space for the work you do between appointments with {invitedByName} at{" "}
              {practiceName}.
            </li>
            <li>{invitationSharing(couple?.confidentiality ?? null, invitedByName)}</li>
            <li>
              <strong>Mend is not crisis care and is not monitored in real time.</strong> If you need help
              right now, call or text{" "}
              <a className="underline" href="tel:988">
                988
              </a>
              , or call{" "}
              <a className="underline" href="tel:911">
                911
              </a>{" "}
              in an emergency.
            </li>
          </ul>
        ) : (
          <ul className="flex list-disc flex-col gap-2 pl-5">
            <li>
              Mend holds your clients&apos; protected health information. Use it only for {practiceName}
              &apos;s clients, and keep clinical detail out of email.
            </li>
            <li>
              You can assign work only to clients located in states where you hold an active licence or
              privilege that your practice admin has verified.
            </li>
            <li>
              Mend is not monitored in real time; your clients are shown crisis resources (988, 911) on every
              page.
            </li>
          </ul>
        )}
        <Check id="accept-consent" name="consent" error={problemFor(problems, "consent")}>
          I have read this and agree to use Mend this way.
        </Check>
      </section>

      <Check id="accept-adult" name="adult" error={problemFor(problems, "adult")}>
        I am 18 or older.
      </Check>

      <div>
        <Button type="submit" disabled={pending || !hydrated}>
          {pending ? "Setting up your account…" : "Accept and continue"}
        </Button>
      </div>
    </form>
  );
}
