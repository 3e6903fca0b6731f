"use client";

import { useEffect, useId, useState } from "react";
import { callApi } from "@/components/forms/call-api";
import {
  checkPasswordShape,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RULE,
  passwordLength,
} from "@/lib/auth/password/rules";

type Feedback = { state: "idle" | "short" | "checking" | "ok" | "problem"; message?: string };

/**
 * The one field every "set a password" form uses: the rule in plain words, a live character count,
 * the checks that need no word list as you type, and (after a pause) the server's full check
 * against the shipped list of common and leaked passwords. The server checks again on save.
 * A "Show" toggle lets people see what they typed instead of typing it twice.
 */
export function NewPasswordField({
  id = "new-password",
  name = "password",
  label = "New password",
  error,
  context,
}: {
  id?: string;
  name?: string;
  label?: string;
  /** A problem from the last save attempt. */
  error?: string;
  /** Name and email of the account, so passphrases built from them are flagged early. */
  context?: { email?: string; name?: string };
}) {
  const [value, setValue] = useState("");
  const [visible, setVisible] = useState(false);
  // The server's verdict, remembered with the exact value it was about.
  const [server, setServer] = useState<{ value: string; ok: boolean; message?: string } | null>(null);
  const statusId = useId();
  const ruleId = `${id}-rule`;
  const email = context?.email;
  const personName = context?.name;

  const shape = value === "" ? null : checkPasswordShape(value, { email, name: personName });
  const shapeOk = shape?.ok === true;

  useEffect(() => {
    if (!shapeOk) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const result = await callApi<{ ok: boolean; message?: string }>("POST", "/api/v1/auth/password-check", {
        password: value,
        ...(email ? { email } : {}),
        ...(personName ? { name: personName } : {}),
      });
      if (cancelled) return;
      // On a network hiccup, say so gently: the save checks again anyway.
      setServer(
        result.ok
          ? { value, ok: result.data.ok, message: result.data.message }
          : {
              value,
              ok: true,
              message: "Long enough. We will check it against common passwords when you save.",
            },
      );
    }, 450);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [value, shapeOk, email, personName]);

  const feedback: Feedback =
    shape === null
      ? { state: "idle" }
      : !shape.ok
        ? { state: shape.reason === "too_short" ? "short" : "problem", message: shape.message }
        : server?.value !== value
          ? { state: "checking" }
          : server.ok
            ? { state: "ok", message: server.message ?? "That passphrase works." }
            : { state: "problem", message: server.message };

  const count = passwordLength(value);
  const tone =
    feedback.state === "ok" ? "text-accent" : feedback.state === "problem" ? "text-warn" : "text-muted";

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <p id={ruleId} className="text-sm text-muted">
        {PASSWORD_RULE}
      </p>
      <div className="flex items-stretch gap-2">
        <input
          id={id}
          name={name}
          type={visible ? "text" : "password"}
          autoComplete="new-password"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error || feedback.state === "problem" ? true : undefined}
          aria-describedby={`${ruleId} ${statusId}${error ? ` ${id}-error` : ""}`}
          className="min-h-11 w-full min-w-0 flex-1 rounded-lg border border-line bg-surface px-3 py-2 text-base aria-[invalid]:border-danger"
        />
        <button
          type="button"
          onClick={() => setVisible((v) => !v)}
          aria-pressed={visible}
          aria-controls={id}
          className="min-h-11 shrink-0 rounded-lg border border-line bg-surface px-3 text-sm text-ink hover:bg-canvas"
        >
          {visible ? "Hide" : "Show"}
        </button>
      </div>
      <p id={statusId} aria-live="polite" className={`text-sm ${tone}`} data-testid="password-feedback">
        {feedback.state === "idle"
          ? `At least ${PASSWORD_MIN_LENGTH} characters.`
          : feedback.state === "short"
            ? `${count} of ${PASSWORD_MIN_LENGTH} characters. Keep going: a few unrelated words work well.`
            : feedback.state === "checking"
              ? `${count} characters. Checking…`
              : feedback.message}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
