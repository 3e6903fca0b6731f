import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/invitations/accept-invitation-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { previewInvitation } from "@/lib/invitations/accept";
import { isClientAccount } from "@/lib/policy/account";
import { publicPage } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

// The token is in the address: never send it to another site as a referrer, never cache the page.
export const metadata: Metadata = { title: "Your invitation", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

function Unavailable({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card>
      <h1 className="mb-2 text-xl font-semibold">{title}</h1>
      <div className="flex flex-col gap-3 text-muted">{children}</div>
      <Link href="/sign-in" className={buttonClasses("secondary", "mt-5")}>
        Go to sign in
      </Link>
    </Card>
  );
}

export default publicPage(InvitationPage);

async function InvitationPage(actor: Actor | null, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const preview = await previewInvitation(token);

  if (preview.status === "invalid") {
    return (
      <Unavailable title="This link doesn't work">
        <p>It may have been copied incompletely, or replaced by a newer invitation email.</p>
        <p>
          Check your inbox for the most recent invitation from Mend, or ask the person who invited you to send
          it again.
        </p>
      </Unavailable>
    );
  }
  if (preview.status === "accepted") {
    return (
      <Unavailable title="This invitation has already been used">
        <p>
          If you accepted it, you already have an account: sign in with {preview.email} and the password you
          chose.
        </p>
        <p>
          If that wasn&apos;t you, please contact {preview.invitedByName} at {preview.practiceName}.
        </p>
      </Unavailable>
    );
  }
  if (preview.status === "expired") {
    return (
      <Unavailable title="This invitation has expired">
        <p>Invitation links work for 7 days, to keep your account safe. Nothing is lost.</p>
        <p>
          Ask {preview.invitedByName} at {preview.practiceName} to send you a new link.
        </p>
      </Unavailable>
    );
  }
  if (preview.status === "revoked") {
    return (
      <Unavailable title="This invitation is no longer active">
        <p>It was withdrawn, or replaced by a newer one.</p>
        <p>
          If you think that&apos;s a mistake, please contact {preview.invitedByName} at {preview.practiceName}
          .
        </p>
      </Unavailable>
    );
  }

  const isClient = isClientAccount(preview.role);
  return (
    <Card>
      <h1 className="mb-1 text-xl font-semibold">Welcome to Mend, {preview.name.split(" ")[0]}</h1>
      <p className="mb-5 text-muted">
        {isClient ? (
          <>
            {preview.invitedByName} at {preview.practiceName} invited you
            {preview.couple ? (
              <>
                {" "}
                to join <strong>{preview.couple.name}</strong>
              </>
            ) : null}
            . Set up your account to start.
          </>
        ) : (
          <>
            {preview.invitedByName} invited you to join {preview.practiceName} as a clinician.
          </>
        )}
      </p>
      {actor ? (
        <div className="mb-5">
          <Notice tone="info">
            You are signed in as someone else on this device. Accepting signs you in to your new account
            instead.
          </Notice>
        </div>
      ) : null}
      <AcceptInvitationForm
        token={token}
        role={preview.role}
        email={preview.email}
        invitedByName={preview.invitedByName}
        practiceName={preview.practiceName}
        couple={preview.couple}
      />
    </Card>
  );
}
