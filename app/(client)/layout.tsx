import { AppShell } from "@/components/shell/app-shell";
import { CrisisNotice } from "@/components/client/crisis-notice";
import { requirePageActor } from "@/lib/auth/session";

const NAV = [
  { href: "/home", label: "Home" },
  { href: "/account", label: "Account" },
];

export default async function ClientLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor(["CLIENT"]);
  return (
    <AppShell nav={NAV} userName={actor.name} userId={actor.userId} banner={<CrisisNotice />}>
      {children}
    </AppShell>
  );
}
