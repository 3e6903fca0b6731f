import { SignOutButton } from "./sign-out-button";

export type NavItem = { href: string; label: string };

type LinkProps = { href: string; className?: string; children: React.ReactNode };
/** How the shell renders its links: a plain anchor, or next/link passed in by the layout. */
export type ShellLink = (props: LinkProps) => React.ReactNode;

const DocumentLink: ShellLink = (props) => <a {...props} />;

/** The frame every signed-in page sits in: brand, navigation, who is signed in, sign-out. */
export function AppShell({
  nav,
  userName,
  userId,
  banner,
  accountHref,
  idleTimeout,
  link: Link = DocumentLink,
  children,
}: {
  nav: NavItem[];
  userName: string;
  /** Clients: sign-out checks for their writing not yet saved to Mend (drafts are theirs alone). */
  userId?: string;
  banner?: React.ReactNode;
  /** The person's account page, linked from their name (staff; clients have it in the nav). */
  accountHref?: string;
  /**
   * Staff: the idle-timeout watcher (`<IdleTimeout>`). Passed in rather than imported here so
   * that client pages, which have no idle timeout, do not ship its JavaScript.
   */
  idleTimeout?: React.ReactNode;
  /**
   * Staff layouts pass next/link (in-app navigation without a page load). The client's pages use
   * plain links: this file never imports next/link, so those pages, opened mostly on phones, do not
   * ship its JavaScript (the completion page's budget, bench/js-budget.ts), nor prefetch every
   * assignment a home page lists; each page is rendered fresh on arrival.
   */
  link?: ShellLink;
  children: React.ReactNode;
}) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="no-print border-b border-line bg-surface">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-xl font-semibold tracking-tight text-accent">
            Mend
          </Link>
          <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
            <ul className="flex flex-wrap gap-1">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="inline-flex min-h-11 items-center rounded-lg px-3 text-ink hover:bg-canvas"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-2 text-sm">
            {accountHref ? (
              // No aria-label: the link's name is its visible words, then (for screen readers) what
              // they lead to, so a voice command naming what is shown finds it (WCAG 2.5.3).
              <Link
                href={accountHref}
                className="inline-flex min-h-11 items-center rounded-lg px-2 text-muted hover:text-ink"
              >
                <span className="hidden sm:inline">
                  <span data-testid="signed-in-as">{userName}</span>
                  <span className="sr-only"> (your account)</span>
                </span>
                <span className="sm:hidden">
                  Account<span className="sr-only"> ({userName})</span>
                </span>
              </Link>
            ) : (
              <span className="hidden text-muted sm:inline" data-testid="signed-in-as">
                {userName}
              </span>
            )}
            <SignOutButton {...(userId ? { userId } : {})} />
          </div>
        </div>
        {banner}
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
      {idleTimeout}
    </div>
  );
}
