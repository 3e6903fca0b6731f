import type { Metadata } from "next";
import Link from "next/link";
import { notFound as notFoundPage } from "next/navigation";
import { SelectField } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { clinicianOverview, previewReassignment } from "@/lib/data-rights/reassign";
import { idParam } from "@/lib/http/operation";
import { stateName } from "@/lib/jurisdiction/states";
import { counted } from "@/lib/text/count";
import { reassignCaseloadAction } from "./actions";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "Clinician" };

export default page({ roles: ["ADMIN"] }, ClinicianPersonPage);

async function ClinicianPersonPage(
  actor: Actor,
  {
    params,
    searchParams,
  }: {
    params: Promise<{ id: string }>;
    searchParams: Promise<Record<string, string | string[] | undefined>>;
  },
) {
  const id = idParam.safeParse((await params).id);
  if (!id.success) notFoundPage();
  const sp = await searchParams;
  const one = (key: string) => (typeof sp[key] === "string" ? (sp[key] as string) : undefined);

  const person = await clinicianOverview(actor, id.data);

  const to = one("to");
  const validTo = to && person.successors.some((s) => s.id === to) ? to : undefined;
  const preview =
    validTo && !one("moved")
      ? await previewReassignment(actor, person.id, validTo, await pageRequestMeta())
      : null;
  const moved = one("moved");
  const successorName = person.successors.find((s) => s.id === to)?.name;

  return (
    <>
      <p className="mb-2">
        <Link href="/admin" className="text-accent underline-offset-4 hover:underline">
          Back to people
        </Link>
      </p>
      <PageHeader
        title={person.name}
        lead={`Clinician · ${person.email} · ${person.active ? "active" : "deactivated"}`}
      />

      {moved !== undefined ? (
        <div className="mb-6">
          <Notice tone="success" role="status" title="Caseload moved">
            {counted(Number(moved), "client")} now {Number(moved) === 1 ? "has" : "have"}{" "}
            {successorName ?? "their new clinician"} as their clinician.
            {Number(one("unlicensed") ?? 0) > 0
              ? ` ${counted(Number(one("unlicensed")), "client")} ${Number(one("unlicensed")) === 1 ? "is" : "are"} in a state where ${successorName ?? "they"} holds no valid licence: no new work can be given to them until that is resolved.`
              : ""}
          </Notice>
        </div>
      ) : null}
      {one("error") ? (
        <div className="mb-6">
          <Notice tone="warn" role="alert">
            {one("error")}
          </Notice>
        </div>
      ) : null}

      <Card>
        <h2 className="text-lg font-semibold">Caseload</h2>
        <p className="mt-1">
          {counted(person.clients, "client")}, {counted(person.couples, "couple")}.
        </p>
        {person.clients + person.couples === 0 && !person.active ? (
          <p className="mt-3 text-muted">Nothing left to move.</p>
        ) : person.successors.length === 0 ? (
          <p className="mt-3 text-muted">
            There is no other active clinician in the practice to take over. Invite one first.
          </p>
        ) : (
          <>
            <p className="mt-3 text-muted">
              When a clinician leaves, move everyone to another clinician first: their clients and couples,
              all the work they gave (open and finished, so the history goes along), their upcoming
              appointments and their pending client invitations.
            </p>
            <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
              <SelectField
                id="to"
                name="to"
                label="Who takes over"
                defaultValue={validTo ?? ""}
                required
                className="min-w-56"
              >
                <option value="">Choose a clinician</option>
                {person.successors.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </SelectField>
              <button type="submit" className={buttonClasses("secondary")}>
                Check what would move
              </button>
            </form>
          </>
        )}

        {preview ? (
          <section aria-labelledby="preview-heading" className="mt-6 border-t border-line pt-5">
            <h3 id="preview-heading" className="font-semibold">
              Moving to {preview.to.name}
            </h3>
            <ul className="mt-2 list-disc pl-5">
              <li>
                {counted(preview.clients, "client")} and {counted(preview.couples, "couple")}
              </li>
              <li>
                {counted(preview.openAssignments, "open assignment")} and{" "}
                {counted(preview.closedAssignments, "finished one")}
              </li>
              <li>{counted(preview.upcomingAppointments, "upcoming appointment")}</li>
              <li>{counted(preview.pendingInvitations, "pending client invitation")}</li>
            </ul>
            {preview.notLicensed.length ? (
              <div className="mt-4">
                <Notice
                  tone="warn"
                  title={`${preview.to.name} holds no valid licence for ${counted(preview.notLicensed.length, "of these clients", "of these clients")}`}
                >
                  <p>
                    They can still be moved, but no new work can be given to them until {preview.to.name} is
                    licensed where they are.
                  </p>
                  <ul className="mt-2 list-disc pl-5" data-testid="not-licensed">
                    {preview.notLicensed.map((c) => (
                      <li key={c.clientId}>
                        {c.name} ({c.state ? stateName(c.state) : "location unknown"})
                      </li>
                    ))}
                  </ul>
                </Notice>
              </div>
            ) : (
              <p className="mt-3">{preview.to.name} is licensed for every active client on this caseload.</p>
            )}
            <form action={reassignCaseloadAction} className="mt-5 flex flex-col gap-4">
              <input type="hidden" name="fromClinicianId" value={person.id} />
              <input type="hidden" name="toClinicianId" value={preview.to.id} />
              {person.active ? (
                <div className="flex items-start gap-3">
                  <input
                    id="deactivate"
                    name="deactivate"
                    type="checkbox"
                    defaultChecked
                    className="mt-1 size-6 shrink-0 accent-[var(--color-accent)]"
                  />
                  <label htmlFor="deactivate">
                    Also deactivate {person.name} now (signed out everywhere; can be reactivated later from
                    Security)
                  </label>
                </div>
              ) : null}
              <div>
                <Button type="submit">Move the caseload to {preview.to.name}</Button>
              </div>
            </form>
          </section>
        ) : null}
      </Card>
    </>
  );
}
