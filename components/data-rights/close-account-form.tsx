"use client";

import Link from "next/link";
import { useActionState, useEffect } from "react";
import { signOut } from "next-auth/react";
import { clearLocalDrafts } from "@/components/shell/sign-out-button";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { dateWords } from "@/lib/time/words";

type State = { ok: boolean; message?: string; keptUntil?: string };

export function CloseAccountForm({
  action,
  timeZone,
}: {
  action: (state: State, data: FormData) => Promise<State>;
  timeZone: string;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false });

  useEffect(() => {
    // The server has already ended every session; this clears the cookie and local drafts.
    if (state.ok) {
      clearLocalDrafts();
      void signOut({ redirect: false });
    }
  }, [state.ok]);

  if (state.ok) {
    const until = state.keptUntil ? dateWords(new Date(state.keptUntil), timeZone) : null;
    return (
      <div className="flex flex-col gap-4" data-testid="account-closed">
        <Notice tone="success" role="status" title="Your account is closed">
          You have been signed out on every device and will get no more emails from Mend.
          {until
            ? ` Your practice keeps your record until ${until}, as the law requires, and then it is deleted.`
            : ""}
        </Notice>
        <p>
          <Link href="/" className={buttonClasses("secondary")}>
            Leave Mend
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form action={formAction} className="flex flex-col gap-4">
      {state.message ? (
        <Notice tone="warn" role="alert">
          {state.message}
        </Notice>
      ) : null}
      <Field
        id="confirm"
        name="confirm"
        label="Type CLOSE to confirm"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
      />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Closing..." : "Close my account"}
        </Button>
      </div>
    </form>
  );
}
