import type { Metadata } from "next";
import { LicenceCard } from "@/components/licences/licence-card";
import { LicenceForm } from "@/components/licences/licence-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { PROFESSION_SHORT } from "@/lib/licences/labels";
import { listLicences } from "@/lib/licences/service";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Licences" };

export default page({ roles: ["CLINICIAN"] }, LicencesPage);

async function LicencesPage(actor: Actor) {
  // Their own only (an admin who also sees clients reads every licence elsewhere, on /admin/licences).
  const licences = await listLicences(actor, { clinicianId: actor.userId });
  const homeLicences = licences
    .filter((l) => l.kind !== "COMPACT_PRIVILEGE")
    .map((l) => ({
      id: l.id,
      label: `${l.stateName} ${PROFESSION_SHORT[l.profession]} licence ${l.number}`,
    }));
  return (
    <>
      <PageHeader
        title="Your licences"
        lead="You can assign work only to clients located in a state where you hold an active licence or compact privilege that your practice admin has verified."
      />
      <section aria-labelledby="licences-heading" className="mb-8">
        <h2 id="licences-heading" className="sr-only">
          Recorded licences
        </h2>
        {licences.length === 0 ? (
          <EmptyState title="No licences recorded yet">
            Record your licences below; your practice admin then verifies each one.
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-4">
            {licences.map((licence) => (
              <li key={licence.id}>
                <LicenceCard
                  licence={licence}
                  timeZone={actor.timeZone}
                  mode="clinician"
                  homeLicences={homeLicences}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-licence-heading">
        <h2 id="new-licence-heading" className="mb-3 text-lg font-semibold">
          Record a licence or privilege
        </h2>
        <Card>
          <LicenceForm homeLicences={homeLicences} />
        </Card>
      </section>
    </>
  );
}
