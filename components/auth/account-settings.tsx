import { Card } from "@/components/ui/card";
import type { SessionView } from "@/lib/auth/account/service";
import { ChangePasswordForm } from "./change-password-form";
import { SignOutDeviceButton } from "./sign-out-device-button";
import { SignOutEverywhereButton } from "./sign-out-everywhere-button";
import { TwoFactorPanel, type TwoFactorSummary } from "./two-factor-panel";
import { shortDateTimeWords } from "@/lib/time/words";

function when(date: Date, timeZone: string): string {
  return shortDateTimeWords(date, timeZone);
}

/** The account page every role has: password, two-step (staff), devices and sign out everywhere. */
export function AccountSettings({
  person,
  sessions,
  twoFactor,
}: {
  person: { name: string; email: string; timeZone: string };
  sessions: SessionView[];
  /** Null for clients, who sign in with a password or an email link. */
  twoFactor: TwoFactorSummary | null;
}) {
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <h2 className="text-lg font-semibold">Your details</h2>
        <dl className="mt-2 grid gap-1 sm:grid-cols-[8rem_1fr]">
          <dt className="text-muted">Name</dt>
          <dd>{person.name}</dd>
          <dt className="text-muted">Email</dt>
          <dd className="break-all">{person.email}</dd>
        </dl>
      </Card>

      <Card>
        <section aria-labelledby="password-heading" className="flex flex-col gap-3">
          <h2 id="password-heading" className="text-lg font-semibold">
            Password
          </h2>
          <p className="text-muted">Changing your password signs you out on your other devices.</p>
          <ChangePasswordForm email={person.email} name={person.name} />
        </section>
      </Card>

      {twoFactor ? (
        <Card>
          <section aria-labelledby="two-factor-heading" className="flex flex-col gap-3">
            <h2 id="two-factor-heading" className="text-lg font-semibold">
              Two-step verification
            </h2>
            <TwoFactorPanel status={twoFactor} />
          </section>
        </Card>
      ) : null}

      <Card>
        <section aria-labelledby="devices-heading" className="flex flex-col gap-3">
          <h2 id="devices-heading" className="text-lg font-semibold">
            Where you are signed in
          </h2>
          <ul className="flex flex-col divide-y divide-line" data-testid="session-list">
            {sessions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
                <span className="font-medium">
                  {s.device}
                  {s.current ? (
                    <span className="ml-2 rounded bg-accent-soft px-2 py-0.5 text-sm text-accent">
                      This device
                    </span>
                  ) : null}
                </span>
                <span className="text-sm text-muted">
                  Signed in {when(s.createdAt, person.timeZone)} · last active{" "}
                  {when(s.lastSeenAt, person.timeZone)}
                </span>
                {/* This device signs out with the Sign out button (which keeps unsaved writing safe). */}
                {s.current ? null : <SignOutDeviceButton sessionId={s.id} device={s.device} />}
              </li>
            ))}
          </ul>
          <p className="text-muted">
            Lost a phone, or used a shared computer? Sign out that device, or sign out everywhere to end every
            session at once.
          </p>
          <div>
            <SignOutEverywhereButton />
          </div>
        </section>
      </Card>
    </div>
  );
}
