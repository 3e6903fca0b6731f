import { readFileSync } from "node:fs";
import { expect } from "@playwright/test";
import { Client } from "pg";
import { e2eDatabaseUrlFile } from "../../support/e2e-database-file";

// The emails Mend sent (MAIL_TRANSPORT=outbox keeps them in the OutboxEmail table), read straight
// from the e2e server's database (or, given its URL, another deployment's: first-start.spec.ts):
// the /dev/outbox page is never served by a production build.
// With the embedded database this is a second, short-lived connection, used between the app's
// requests (the server admits two sockets).

type Email = { to: string; subject: string; text: string };

async function newestEmails(to: string, databaseUrl: string): Promise<Email[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Email>(
      `SELECT "to", "subject", "text" FROM "OutboxEmail" WHERE "to" = $1 ORDER BY "createdAt" DESC, "id" DESC LIMIT 20`,
      [to.trim().toLowerCase()],
    );
    return rows;
  } finally {
    await client.end();
  }
}

/**
 * The first link (absolute URL) whose path starts with `path` in the newest email to `to`
 * (with this subject, when given), waiting a little for it to arrive. `databaseUrl` defaults to the
 * e2e server's database.
 */
export async function linkFromLatestEmail(
  to: string,
  path: string,
  subject?: string,
  databaseUrl = readFileSync(e2eDatabaseUrlFile(), "utf8").trim(),
): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const email = (await newestEmails(to, databaseUrl)).find(
          (e) => subject === undefined || e.subject === subject,
        );
        link = email?.text
          .match(/https?:\/\/[^\s<>"']+/g)
          ?.find((url) => new URL(url).pathname.startsWith(path));
        return link ?? null;
      },
      { message: `a ${path} link emailed to ${to}`, timeout: 10_000 },
    )
    .not.toBeNull();
  return link!;
}
