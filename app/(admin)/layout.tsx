import { AppShell } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/session";

const NAV = [
  { href: "/admin", label: "People" },
  { href: "/admin/licences", label: "Licences" },
  { href: "/admin/audit", label: "Audit trail" },
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor(["ADMIN"]);
  return (
    <AppShell nav={NAV} userName={actor.name}>
      {children}
    </AppShell>
  );
}
