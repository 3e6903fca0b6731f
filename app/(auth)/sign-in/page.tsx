import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getActor, homePathFor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const actor = await getActor();
  if (actor) redirect(homePathFor(actor.role));
  const { error } = await searchParams;
  return (
    <Card>
      <h1 className="mb-1 text-xl font-semibold">Welcome back</h1>
      <p className="mb-5 text-muted">Sign in to your Mend workspace.</p>
      <SignInForm initialError={typeof error === "string" ? error.slice(0, 40) : undefined} />
    </Card>
  );
}
