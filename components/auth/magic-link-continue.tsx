"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/components/forms/use-hydrated";

/** Pressing the button (a POST) is what uses the link: opening the page alone signs no one in. */
export function MagicLinkContinue({ token }: { token: string }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function onContinue() {
    setPending(true);
    const result = await signIn("magic-link", { token, redirect: false });
    if (result?.ok && !result.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    setPending(false);
    setFailed(true);
  }

  if (failed) {
    return (
      <div className="flex flex-col gap-4">
        <Notice tone="warn" role="alert">
          This sign-in link has expired or was already used. Links work once, for 20 minutes.
        </Notice>
        <Link
          href="/sign-in/email"
          className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
        >
          Email me a new link
        </Link>
      </div>
    );
  }

  return (
    <Button onClick={onContinue} disabled={pending || !hydrated} className="w-full">
      {pending ? "Signing in…" : "Continue to Mend"}
    </Button>
  );
}
