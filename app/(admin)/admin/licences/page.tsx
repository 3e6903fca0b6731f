import type { Metadata } from "next";
import { LicenceCard } from "@/components/licences/licence-card";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { listLicences } from "@/lib/licences/service";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Licences" };

export default page({ roles: ["ADMIN"] }, AdminLicencesPage);

async function AdminLicencesPage(actor: Actor) {
  const licences = await listLicences(actor);
  const waiting = licences.filter((l) => !l.verifiedAt);
  const verified = licences.filter((l) => l.verifiedAt);
  return (
    <>
      <PageHeader
        title="Licences"
        lead="Verify each clinician's licences and compact privileges against the board's public lookup. A clinician can assign work only under a verified, active licence in the client's state."
      />
      <section aria-labelledby="waiting-heading" className="mb-8">
        <h2 id="waiting-heading" className="mb-3 text-lg font-semibold">
          Waiting for verification ({waiting.length})
        </h2>
        {waiting.length === 0 ? (
          <EmptyState title="Nothing to verify">
            When a clinician records or changes a licence, it appears here.
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-4">
            {waiting.map((licence) => (
              <li key={licence.id}>
                <LicenceCard licence={licence} timeZone={actor.timeZone} mode="admin" />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="verified-heading">
        <h2 id="verified-heading" className="mb-3 text-lg font-semibold">
          Verified ({verified.length})
        </h2>
        <ul className="flex flex-col gap-4">
          {verified.map((licence) => (
            <li key={licence.id}>
              <LicenceCard licence={licence} timeZone={actor.timeZone} mode="admin" />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
