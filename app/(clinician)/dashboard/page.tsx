import type { Metadata } from "next";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/session";
import { listCaseload } from "@/lib/clients/queries";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await requirePageActor(["CLINICIAN"]);
  const caseload = await listCaseload(actor);
  return (
    <>
      <PageHeader title={`Good to see you, ${actor.name.split(" ").slice(-1)[0]}`} lead="Who is next and what came in." />
      <section aria-labelledby="caseload-heading">
        <h2 id="caseload-heading" className="mb-3 text-lg font-semibold">
          Your caseload
        </h2>
        {caseload.length === 0 ? (
          <EmptyState title="No clients yet">Invite a client or a couple to get started.</EmptyState>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {caseload.map((entry) => (
              <li key={entry.kind === "couple" ? entry.id : entry.client.id}>
                <Card>
                  {entry.kind === "couple" ? (
                    <>
                      <p className="font-medium">{entry.name}</p>
                      <p className="text-sm text-muted">
                        Couple · {entry.partners.map((p) => `${p.name} (${p.state ?? "location unknown"})`).join(", ")}
                      </p>
                    </>
                  ) : (
                    <>
                      <p className="font-medium">{entry.client.name}</p>
                      <p className="text-sm text-muted">Individual · {entry.client.state ?? "location unknown"}</p>
                    </>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
