import type { Metadata } from "next";
import { PersonSecurityActions } from "@/components/auth/person-security-actions";
import { RequireTwoFactorToggle } from "@/components/auth/require-two-factor-toggle";
import { SafetyThresholdForm } from "@/components/risk/safety-threshold-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getPracticeSecurity } from "@/lib/auth/account/practice-security";
import { listPeopleSecurity } from "@/lib/people/service";
import { CareActions } from "@/components/caseload/care-actions";
import { DISCHARGE_ACCESS_DAYS } from "@/lib/discharge/schemas";
import { isClientAccount, mayUseTwoFactor } from "@/lib/policy/account";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";
import { SAFETY_THRESHOLD_MAX, SAFETY_THRESHOLD_MIN } from "@/lib/risk/rules";
import { getCheckInSafetyThreshold } from "@/lib/risk/settings";
import { setSafetyThresholdAction } from "./actions";

export const metadata: Metadata = { title: "Security" };

const ROLE_LABEL = { ADMIN: "Practice admin", CLINICIAN: "Clinician", CLIENT: "Client" } as const;

export default page({ roles: ["ADMIN"] }, AdminSecurityPage);

async function AdminSecurityPage(actor: Actor) {
  const [settings, people, threshold] = await Promise.all([
    getPracticeSecurity(actor),
    listPeopleSecurity(actor, await pageRequestMeta()),
    getCheckInSafetyThreshold(actor),
  ]);
  const staffWithout = people.filter(
    (p) => mayUseTwoFactor(p.role) && p.active && !p.twoFactorEnabled,
  ).length;
  return (
    <>
      <PageHeader title="Security" lead="Sign-in rules for your practice, and who can get in." />
      <div className="flex flex-col gap-6">
        <Card>
          <section aria-labelledby="two-factor-heading" className="flex flex-col gap-3">
            <h2 id="two-factor-heading" className="text-lg font-semibold">
              Two-step verification for staff
            </h2>
            <RequireTwoFactorToggle
              required={settings.requireTwoFactor}
              staffWithout={staffWithout}
              selfEnabled={people.some((p) => p.id === actor.userId && p.twoFactorEnabled)}
            />
          </section>
        </Card>
        <Card>
          <section aria-labelledby="safety-threshold-heading" className="flex flex-col gap-3">
            <h2 id="safety-threshold-heading" className="text-lg font-semibold">
              Risk alerts from the weekly check-in
            </h2>
            <SafetyThresholdForm
              threshold={threshold}
              min={SAFETY_THRESHOLD_MIN}
              max={SAFETY_THRESHOLD_MAX}
              action={setSafetyThresholdAction}
            />
          </section>
        </Card>
        <section aria-labelledby="accounts-heading">
          <h2 id="accounts-heading" className="mb-3 text-lg font-semibold">
            Accounts
          </h2>
          <ul className="flex flex-col gap-3">
            {people.map((person) => (
              <li key={person.id} data-testid="person-security-row">
                <Card className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0">
                    <p className="font-medium">{person.name}</p>
                    <p className="break-all text-sm text-muted">{person.email}</p>
                    <p className="text-sm">
                      {ROLE_LABEL[person.role]} · {person.active ? "Active" : "Deactivated"}
                      {mayUseTwoFactor(person.role)
                        ? ` · two-step ${person.twoFactorEnabled ? "on" : "off"}`
                        : ""}
                    </p>
                  </div>
                  {person.id === actor.userId ? (
                    <p className="text-sm text-muted">
                      This is you. Manage your own sign-in on your account page.
                    </p>
                  ) : (
                    <div className="flex flex-col gap-2">
                      <PersonSecurityActions person={person} />
                      {isClientAccount(person.role) && person.active ? (
                        <CareActions
                          kind="client"
                          id={person.id}
                          name={person.name}
                          discharged={false}
                          closeOnly
                          accessDays={DISCHARGE_ACCESS_DAYS}
                        />
                      ) : null}
                    </div>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
