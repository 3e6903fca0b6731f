import { parseArgs } from "node:util";
import { EnvError, env } from "@/lib/env";
import { dbPool } from "@/lib/db";
import { migrationState } from "@/lib/setup/migrations";
import { setupInput } from "@/lib/setup/schemas";
import { SetupRefused, setUpPractice } from "@/lib/setup/service";

// `npm run setup -- --practice "Name" --admin-email you@example.org [--admin-name "..."]
// [--time-zone America/Chicago] [--clinician]`: the first practice and admin of a fresh deployment
// (lib/setup), against DATABASE_URL. Run again for an admin who never chose a password, it prints a
// fresh link. Exit codes: 0 made (or link re-issued), 1 refused or failed (nothing was made), 2 bad arguments.

const USAGE = `Usage: npm run setup -- --practice "Practice name" --admin-email you@example.org [--admin-name "Your Name"] [--time-zone America/Chicago] [--clinician]`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function readArguments() {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        practice: { type: "string" },
        "admin-email": { type: "string" },
        "admin-name": { type: "string" },
        "time-zone": { type: "string" },
        clinician: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  const parsed = setupInput.safeParse({
    practice: values.practice,
    adminEmail: values["admin-email"],
    adminName: values["admin-name"],
    timeZone: values["time-zone"],
    clinician: values.clinician,
  });
  if (!parsed.success) {
    fail(`${parsed.error.issues.map((issue) => issue.message).join("\n")}\n${USAGE}`, 2);
  }
  return parsed.data;
}

async function main(): Promise<void> {
  const input = readArguments();
  let databaseUrl: string;
  try {
    databaseUrl = env().DATABASE_URL;
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }

  const state = await migrationState(databaseUrl).catch((error: unknown) =>
    fail(`Could not reach the database (DATABASE_URL): ${error instanceof Error ? error.message : error}`),
  );
  if (!state.migrated) {
    fail(
      `The database is not migrated (${state.missing.length} migration${state.missing.length === 1 ? "" : "s"} missing): run npm run db:migrate first. Nothing was created.`,
    );
  }

  const result = await setUpPractice(input);
  console.log(
    [
      result.reissued
        ? `${input.adminEmail} had not chosen a password yet: here is a fresh link (the earlier one no longer works).`
        : `Practice "${input.practice}" and its admin ${input.adminEmail}${input.clinician ? " (also a clinician: add licences under Licences after signing in)" : ""} are ready.`,
      `Open this link to choose the admin's password (it works once, until ${result.expiresAt.toISOString()}):`,
      "",
      `  ${result.link}`,
      "",
      result.emailProblem
        ? `The link could not be emailed (${result.emailProblem}): give it to ${input.adminEmail} yourself.`
        : env().MAIL_TRANSPORT === "smtp"
          ? `The link was also emailed to ${input.adminEmail}.`
          : "The email is in the development outbox (MAIL_TRANSPORT=outbox), not sent anywhere.",
    ].join("\n"),
  );
}

main()
  .then(() =>
    dbPool()
      .end()
      .catch(() => undefined),
  )
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    if (error instanceof SetupRefused) fail(error.message);
    if (error instanceof EnvError) fail(error.message);
    fail(`Setup failed, nothing was created: ${error instanceof Error ? error.message : String(error)}`);
  });
