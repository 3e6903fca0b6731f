import type { Metadata } from "next";
import { CloseAccountForm } from "@/components/data-rights/close-account-form";
import { Card, PageHeader } from "@/components/ui/card";
import { describeClosing } from "@/lib/data-rights/close";
import { closeAccountAction } from "./actions";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Close your account" };

export default page({ roles: ["CLIENT"] }, CloseAccountPage);

async function CloseAccountPage(actor: Actor) {
  const info = await describeClosing(actor);
  return (
    <>
      <p className="mb-2">
        <a href="/account" className="text-accent underline-offset-4 hover:underline">
          Back to your account
        </a>
      </p>
      <PageHeader
        title="Close your account"
        lead="You can stop using Mend at any time. Here is what happens."
      />
      <Card className="mb-6">
        <ul className="flex list-disc flex-col gap-2 pl-5">
          <li>You are signed out everywhere at once, and you can no longer sign in.</li>
          <li>Mend stops emailing you.</li>
          <li>
            Your therapist&rsquo;s practice, {info.practice}, must keep your record for {info.retentionYears}{" "}
            years after your last appointment. After that it is deleted for good.
          </li>
          <li>
            If you work with a partner in Mend, their account stays open, and answers you already shared stay
            visible to them until your record is deleted.
          </li>
          <li>
            Want a copy first?{" "}
            <a href="/account/export" className="text-accent underline-offset-4 hover:underline">
              See and download everything you wrote
            </a>
            .
          </li>
        </ul>
      </Card>
      <Card>
        <CloseAccountForm action={closeAccountAction} timeZone={actor.timeZone} />
      </Card>
    </>
  );
}
