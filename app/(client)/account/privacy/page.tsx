import type { Metadata } from "next";
import { AgreementChanges } from "@/components/couples/agreement-changes";
import { DraftSharingForm } from "@/components/responses/draft-sharing-form";
import { myAgreementHistory } from "@/lib/couples/agreement";
import { Card, PageHeader } from "@/components/ui/card";
import {
  CONFIDENTIALITY_DESCRIPTION,
  CONFIDENTIALITY_LABEL,
  privacyPageUnshared,
  privateChoiceLabel,
} from "@/lib/couples/privacy-words";
import { plural } from "@/lib/assignments/labels";
import { getPrivacySettings } from "@/lib/responses/settings";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";
import { saveDraftSharing } from "./actions";

export const metadata: Metadata = { title: "Privacy and sharing" };

export default page({ roles: ["CLIENT"] }, PrivacyPage);

async function PrivacyPage(actor: Actor) {
  const [settings, agreements] = await Promise.all([getPrivacySettings(actor), myAgreementHistory(actor)]);
  const partner = settings.couple?.partnerFirstName ?? "your partner";
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <nav aria-label="Back">
        <a
          href="/account"
          className="inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline"
        >
          <span aria-hidden="true">←&nbsp;</span>Your account
        </a>
      </nav>
      <PageHeader
        title="Privacy and sharing"
        lead={`Who sees what you write in your ${plural(settings.assignmentLabel)}.`}
      />

      <section aria-labelledby="who-heading">
        <h2 id="who-heading" className="mb-3 text-lg font-semibold">
          Who sees your answers
        </h2>
        <Card>
          <ul className="flex list-disc flex-col gap-2 pl-5">
            <li>
              <strong>{settings.clinicianName}</strong> sees every answer you send. Nothing is sent until you
              press send.
            </li>
            {settings.couple ? (
              <>
                <li>
                  <strong>{partner}</strong> sees only the answers you mark &ldquo;Share with my
                  partner&rdquo;, and only after you have both sent yours.{" "}
                  {privacyPageUnshared(settings.couple.confidentiality, settings.clinicianName, partner)}
                </li>
                <li>
                  Every answer shows who will see it before you send it. &ldquo;
                  {privateChoiceLabel(settings.couple.confidentiality)}&rdquo; is always the starting choice.
                </li>
              </>
            ) : null}
            <li>Mend is not monitored in real time. If you need help now, call or text 988, or call 911.</li>
          </ul>
        </Card>
      </section>

      {settings.couple ? (
        <section aria-labelledby="agreement-heading" data-testid="confidentiality-agreement">
          <h2 id="agreement-heading" className="mb-3 text-lg font-semibold">
            Your confidentiality agreement
          </h2>
          <Card>
            <p className="text-sm text-muted">
              What you, {partner} and {settings.clinicianName} agreed for {settings.couple.name}
            </p>
            <p className="mt-2 text-lg font-medium">
              {CONFIDENTIALITY_LABEL[settings.couple.confidentiality]}
            </p>
            <p className="mt-1">{CONFIDENTIALITY_DESCRIPTION[settings.couple.confidentiality]}</p>
            {settings.couple.confidentialityNote ? (
              <blockquote className="mt-3 whitespace-pre-line border-l-4 border-accent/40 pl-3 italic">
                {settings.couple.confidentialityNote}
              </blockquote>
            ) : null}
            <p className="mt-3 text-sm text-muted">
              Questions about it are best raised with {settings.clinicianName} at your next appointment.
            </p>
          </Card>
          <AgreementChanges
            items={agreements}
            timeZone={actor.timeZone}
            clinicianName={settings.clinicianName}
            viewerId={actor.userId}
          />
        </section>
      ) : null}

      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading" className="mb-3 text-lg font-semibold">
          Drafts
        </h2>
        <Card>
          <DraftSharingForm
            save={saveDraftSharing}
            share={settings.shareDraftsWithClinician}
            clinicianName={settings.clinicianName}
          />
        </Card>
      </section>

      <section aria-labelledby="device-heading">
        <h2 id="device-heading" className="mb-3 text-lg font-semibold">
          On this device
        </h2>
        <Card>
          <p>
            So that nothing you write is lost on a bad connection, answers not yet saved are kept on this
            device, encrypted, until Mend has them. If any are still waiting when you sign out, Mend asks
            whether to keep them here (locked, for your next sign-in) or delete them. On a shared computer,
            sign out when you are done.
          </p>
        </Card>
      </section>
    </div>
  );
}
