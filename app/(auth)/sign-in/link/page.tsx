import type { Metadata } from "next";
import Link from "next/link";
import { MagicLinkContinue } from "@/components/auth/magic-link-continue";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { isMagicLinkUsable } from "@/lib/auth/links/magic-link";
import { publicPage } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

// The token is in the address: never send it on as a Referer.
export const metadata: Metadata = { title: "Sign in", referrer: "no-referrer" };

export default publicPage(MagicLinkLandingPage);

async function MagicLinkLandingPage(
  _actor: Actor | null,
  { searchParams }: { searchParams: Promise<{ token?: string | string[] }> },
) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  // Looking does not use the link up; only the button does.
  const usable = value ? await isMagicLinkUsable(value) : false;
  return (
    <Card>
      <h1 className="mb-1 text-xl font-semibold">Welcome back</h1>
      {usable ? (
        <>
          <p className="mb-5 text-muted">Press the button to sign in to your Mend workspace.</p>
          <MagicLinkContinue token={value} />
        </>
      ) : (
        <div className="mt-3 flex flex-col gap-4">
          <Notice tone="warn" role="alert">
            This sign-in link has expired or was already used. Links work once, for 20 minutes.
          </Notice>
          <Link
            href="/sign-in/email"
            className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
          >
            Email me a new link
          </Link>
          <Link
            href="/sign-in"
            className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
          >
            Sign in with a password
          </Link>
        </div>
      )}
    </Card>
  );
}
