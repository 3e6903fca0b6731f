import { AppShell } from "@/components/shell/app-shell";
import { CrisisNotice } from "@/components/client/crisis-notice";
import { requirePageActor } from "@/lib/auth/session";
import { unreadLabel } from "@/lib/messages/labels";
import { unreadMessageTotal } from "@/lib/messages/service";

const NAV = [
  { href: "/home", label: "Home" },
  { href: "/messages", label: "Messages" },
  { href: "/account", label: "Account" },
];

export default async function ClientLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor(["CLIENT"]);
  const unread = await unreadMessageTotal(actor);
  const nav = NAV.map((item) =>
    item.href === "/messages" ? { ...item, label: unreadLabel("Messages", unread) } : item,
  );
  return (
    <AppShell nav={nav} userName={actor.name} userId={actor.userId} banner={<CrisisNotice />}>
      {children}
    </AppShell>
  );
}
