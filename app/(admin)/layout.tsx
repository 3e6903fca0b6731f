import Link from "next/link";
import { AppShell } from "@/components/shell/app-shell";
import { IdleTimeout } from "@/components/shell/idle-timeout";
import { idleTimeoutMsFor, requirePageActor } from "@/lib/auth/session";
import { holdsRole } from "@/lib/policy/actor";

const NAV = [
  { href: "/admin", label: "People" },
  { href: "/admin/licences", label: "Licences" },
  { href: "/admin/invite", label: "Invite a clinician" },
  { href: "/admin/audit", label: "Audit trail" },
  { href: "/admin/security", label: "Security" },
  { href: "/admin/practice", label: "Practice settings" },
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor(["ADMIN"]);
  return (
    <AppShell
      // A solo practice's admin also sees clients: one link over to the clinician menu.
      nav={holdsRole(actor, "CLINICIAN") ? [...NAV, { href: "/dashboard", label: "My clients" }] : NAV}
      userName={actor.name}
      accountHref="/admin/account"
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
