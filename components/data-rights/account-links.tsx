import Link from "next/link";
import { Card } from "@/components/ui/card";

const link = "inline-flex min-h-11 items-center text-accent underline-offset-4 hover:underline";

/** The client's own data and email choices, linked from their account page. */
export function DataRightsLinks() {
  return (
    <Card className="mt-6">
      <h2 className="text-lg font-semibold">Your data and emails</h2>
      <ul className="mt-2 flex flex-col">
        <li>
          <Link href="/account/notifications" className={link}>
            Email reminders and time zone
          </Link>
        </li>
        <li>
          <Link href="/account/export" className={link}>
            See and download everything you wrote
          </Link>
        </li>
        <li>
          <Link href="/account/close" className={link}>
            Close your account
          </Link>
        </li>
      </ul>
    </Card>
  );
}

/** For staff account pages: where email notifications are set. */
export function NotificationSettingsLink({ href }: { href: string }) {
  return (
    <p className="mt-6">
      <Link href={href} className={link}>
        Email notifications and time zone
      </Link>
    </p>
  );
}
