import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { resetLinkAccount } from "@/lib/auth/password/reset";
import { publicPage } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

// The token is in the address: never send it on as a Referer.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default publicPage(ResetPasswordPage);

async function ResetPasswordPage(
  _actor: Actor | null,
  { searchParams }: { searchParams: Promise<{ token?: string | string[] }> },
) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const account = value ? await resetLinkAccount(value) : null;
  return (
    <Card>
      <h1 className="mb-1 text-xl font-semibold">Choose a new password</h1>
      {account ? (
        <>
          <p className="mb-5 text-muted">
            For <span className="break-all font-medium text-ink">{account.email}</span>. Saving it signs you
            out on every device.
          </p>
          <ResetPasswordForm token={value} email={account.email} />
        </>
      ) : (
        <div className="mt-3 flex flex-col gap-4">
          <Notice tone="warn" role="alert">
            This reset link has expired or was already used. Links work once, for 30 minutes.
          </Notice>
          <Link
            href="/forgot-password"
            className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
          >
            Ask for a new link
          </Link>
        </div>
      )}
    </Card>
  );
}
