import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { RequiredTwoFactorSetup } from "@/components/auth/required-two-factor-setup";
import { Card } from "@/components/ui/card";
import { requireTwoFactorSetupActor } from "@/lib/auth/session";
import { homePathFor } from "@/lib/policy/account";

export const metadata: Metadata = { title: "Set up two-step verification" };

// The one page staff may open while their practice requires two-step verification and they have not
// set it up. Anyone else is sent on to their home.
export default async function RequiredTwoFactorSetupPage() {
  const { actor, required } = await requireTwoFactorSetupActor();
  if (!required) redirect(homePathFor(actor.role));
  return (
    <Card>
      <h1 className="mb-1 text-xl font-semibold">Set up two-step verification</h1>
      <p className="mb-5 text-muted">
        Your practice asks every clinician and admin to confirm sign-ins with a code from their phone. It
        takes about two minutes.
      </p>
      <RequiredTwoFactorSetup />
    </Card>
  );
}
