import Link from "next/link";
import { AppShell } from "@/components/shell/app-shell";
import { IdleTimeout } from "@/components/shell/idle-timeout";
import { idleTimeoutMsFor, requirePageActor } from "@/lib/auth/session";
import { unreadMessageTotal } from "@/lib/messages/service";
import { unreadLabel } from "@/lib/messages/labels";
import { holdsRole } from "@/lib/policy/actor";

const NAV = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/inbox", label: "Inbox" },
  { href: "/schedule", label: "Schedule" },
  { href: "/clients", label: "Clients" },
  { href: "/library", label: "Library" },
  { href: "/assign", label: "Assign" },
  { href: "/settings/licences", label: "Licences" },
];

export default async function ClinicianLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor(["CLINICIAN"]);
  const unread = await unreadMessageTotal(actor);
  const nav = NAV.map((item) =>
    item.href === "/inbox" ? { ...item, label: unreadLabel("Inbox", unread) } : item,
  );
  return (
    <AppShell
      // A solo practice's admin (also a clinician): one link back to the admin menu.
      nav={holdsRole(actor, "ADMIN") ? [...nav, { href: "/admin", label: "Practice admin" }] : nav}
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
