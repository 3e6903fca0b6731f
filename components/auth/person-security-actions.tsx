"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { callApi } from "@/components/forms/call-api";
import { Button } from "@/components/ui/button";
import { isStaff, switchedStaffRole } from "@/lib/policy/account";

type Person = { id: string; name: string; role: "ADMIN" | "CLINICIAN" | "CLIENT"; active: boolean };
type Action = "deactivate" | "reactivate" | "sign-out-everywhere" | "role";

const SWITCH_WORDS: Record<ReturnType<typeof switchedStaffRole>, { button: string; question: string }> = {
  CLINICIAN: { button: "Make clinician", question: "a clinician" },
  ADMIN: { button: "Make admin", question: "a practice admin" },
};

/** Admin actions on one person: each ends their sessions where it changes what they may do. */
export function PersonSecurityActions({ person }: { person: Person }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function run(action: Action) {
    setPending(true);
    setMessage(null);
    const result =
      action === "role"
        ? await callApi("PATCH", `/api/v1/people/${person.id}/role`, { role: switchedStaffRole(person.role) })
        : await callApi("POST", `/api/v1/people/${person.id}/${action}`);
    setPending(false);
    setConfirming(null);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    setMessage(action === "sign-out-everywhere" ? "Signed out everywhere." : null);
    router.refresh();
  }

  const QUESTIONS: Record<Action, string> = {
    deactivate: `Deactivate ${person.name}? They are signed out at once and cannot sign in until reactivated.`,
    reactivate: `Reactivate ${person.name}? They can sign in again.`,
    "sign-out-everywhere": `Sign ${person.name} out on every device?`,
    role: `Make ${person.name} ${SWITCH_WORDS[switchedStaffRole(person.role)].question}? They are signed out and see the new role when they sign in again.`,
  };

  if (confirming) {
    return (
      <div className="flex flex-col gap-2" role="group" aria-label={`Confirm for ${person.name}`}>
        <p className="text-sm">{QUESTIONS[confirming]}</p>
        <div className="flex flex-wrap gap-2">
          <Button
            variant={confirming === "deactivate" ? "danger" : "primary"}
            onClick={() => run(confirming)}
            disabled={pending}
          >
            {pending ? "Working…" : "Confirm"}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(null)} disabled={pending}>
            Cancel
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap gap-2">
        {person.active ? (
          <>
            <Button
              variant="secondary"
              onClick={() => setConfirming("sign-out-everywhere")}
              aria-label={`Sign ${person.name} out everywhere`}
            >
              Sign out everywhere
            </Button>
            {isStaff(person.role) ? (
              <Button
                variant="secondary"
                onClick={() => setConfirming("role")}
                aria-label={`Change the role of ${person.name}`}
              >
                {SWITCH_WORDS[switchedStaffRole(person.role)].button}
              </Button>
            ) : null}
            <Button
              variant="danger"
              onClick={() => setConfirming("deactivate")}
              aria-label={`Deactivate ${person.name}`}
            >
              Deactivate
            </Button>
          </>
        ) : (
          <Button
            variant="secondary"
            onClick={() => setConfirming("reactivate")}
            aria-label={`Reactivate ${person.name}`}
          >
            Reactivate
          </Button>
        )}
      </div>
      {message ? (
        <p className="text-sm text-muted" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}
