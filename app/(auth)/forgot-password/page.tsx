import type { Metadata } from "next";
import { EmailLinkRequestForm } from "@/components/auth/email-link-request-form";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <Card>
      <h1 className="mb-1 text-xl font-semibold">Forgot your password?</h1>
      <p className="mb-5 text-muted">
        Enter the email you use for Mend. We will send you a link to choose a new password.
      </p>
      <EmailLinkRequestForm
        endpoint="/api/v1/auth/password-reset/request"
        submitLabel="Email me a reset link"
      />
    </Card>
  );
}
