import Link from "next/link";
import { AppShell } from "@/components/shell/app-shell";
import { IdleTimeout } from "@/components/shell/idle-timeout";
import { idleTimeoutMsFor, requirePageActor } from "@/lib/auth/session";
import { holdsRole } from "@/lib/policy/actor";

const NAV = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/schedule", label: "Schedule" },
  { href: "/clients", label: "Clients" },
  { href: "/library", label: "Library" },
  { href: "/assign", label: "Assign" },
  { href: "/settings/licences", label: "Licences" },
];

export default async function ClinicianLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor(["CLINICIAN"]);
  return (
    <AppShell
      // A solo practice's admin (also a clinician): one link back to the admin menu.
      nav={holdsRole(actor, "ADMIN") ? [...NAV, { href: "/admin", label: "Practice admin" }] : NAV}
      userName={actor.name}
      accountHref="/settings/account"
      idleTimeout={idleTimeout(idleTimeoutMsFor(actor))}
      link={Link}
    >
      {children}
    </AppShell>
  );
}

function idleTimeout(idleMs: number | null) {
  return idleMs ? <IdleTimeout idleMs={idleMs} /> : null;
}
