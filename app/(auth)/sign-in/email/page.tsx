import type { Metadata } from "next";
import { EmailLinkRequestForm } from "@/components/auth/email-link-request-form";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Email me a sign-in link" };

export default function EmailSignInPage() {
  return (
    <Card>
      <h1 className="mb-1 text-xl font-semibold">Sign in with an email link</h1>
      <p className="mb-5 text-muted">
        For clients: we will email you a link that signs you in, no password needed. Therapists and practice
        staff sign in with their password.
      </p>
      <EmailLinkRequestForm
        endpoint="/api/v1/auth/magic-link/request"
        submitLabel="Email me a sign-in link"
      />
    </Card>
  );
}
