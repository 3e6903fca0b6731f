import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { SignInForm } from "@/components/auth/sign-in-form";
import { homePathFor } from "@/lib/policy/account";
import { publicPage } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  PasswordReset:
    "Your password has been changed and you have been signed out everywhere. Please sign in with your new password.",
  SignedOutEverywhere: "You have been signed out on every device.",
};

export default publicPage(SignInPage);

async function SignInPage(
  actor: Actor | null,
  { searchParams }: { searchParams: Promise<{ error?: string; notice?: string }> },
) {
  if (actor) redirect(homePathFor(actor.role));
  const { error, notice } = await searchParams;
  const noticeText = typeof notice === "string" ? NOTICES[notice] : undefined;
  return (
    <Card>
      <h1 className="mb-1 text-xl font-semibold">Welcome back</h1>
      <p className="mb-5 text-muted">Sign in to your Mend workspace.</p>
      {noticeText ? (
        <div className="mb-4">
          <Notice tone="success" role="status">
            {noticeText}
          </Notice>
        </div>
      ) : null}
      <SignInForm initialError={typeof error === "string" ? error.slice(0, 40) : undefined} />
    </Card>
  );
}
