import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/card";
import { listPracticePeople } from "@/lib/people/queries";
import { hasCaseload, roleLabel } from "@/lib/policy/account";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { page } from "@/lib/http/page";
import type { Actor } from "@/lib/policy/actor";

export const metadata: Metadata = { title: "People" };

export default page({ roles: ["ADMIN"] }, AdminPeoplePage);

async function AdminPeoplePage(actor: Actor) {
  const people = await listPracticePeople(actor, await pageRequestMeta());
  return (
    <>
      <PageHeader title="People" lead="Everyone with an account in your practice." />
      <div className="overflow-x-auto rounded-xl border border-line bg-surface">
        <table className="w-full text-left">
          <thead className="border-b border-line text-sm text-muted">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">
                Name
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Email
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Role
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Status
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id} className="border-b border-line last:border-0">
                <td className="px-4 py-3">
                  {hasCaseload(person) ? (
                    <Link
                      href={`/admin/people/${person.id}`}
                      className="text-accent underline-offset-4 hover:underline"
                    >
                      {person.name}
                    </Link>
                  ) : (
                    person.name
                  )}
                </td>
                <td className="px-4 py-3 text-muted">{person.email}</td>
                <td className="px-4 py-3">{roleLabel(person)}</td>
                <td className="px-4 py-3">{person.active ? "Active" : "Deactivated"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
