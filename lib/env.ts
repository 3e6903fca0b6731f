import { z } from "zod";

// Every setting the server reads, validated once. A missing or malformed value stops the app with
// one line that names the variable and says what it should look like (see README "Configuration").
const postgresUrl = z
  .string({ error: "is required: a PostgreSQL URL like postgresql://user:password@host:5432/mend" })
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: "must be a PostgreSQL URL like postgresql://user:password@host:5432/mend",
  });

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const serverSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: postgresUrl,
  // PGlite's socket server serves one connection at a time: the embedded runner sets this to 1.
  DATABASE_POOL_MAX: positiveInt(10),
  NEXTAUTH_SECRET: z
    .string({ error: "is required: a random string of at least 32 characters (openssl rand -base64 32)" })
    .min(32, "must be at least 32 characters (openssl rand -base64 32)"),
  NEXTAUTH_URL: z
    .url({ message: "must be the public base URL, like https://mend.example.org" })
    .default("http://localhost:3000"),
  MAIL_TRANSPORT: z.enum(["outbox", "smtp"]).default("outbox"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Mend <no-reply@mend.test>"),
  // Clinicians and admins: signed out after this many idle minutes; clients get CLIENT_IDLE_MINUTES.
  STAFF_IDLE_MINUTES: positiveInt(30),
  CLIENT_IDLE_MINUTES: positiveInt(60 * 24 * 7),
  STAFF_SESSION_MAX_HOURS: positiveInt(12),
  CLIENT_SESSION_MAX_HOURS: positiveInt(24 * 30),
  // Background jobs (pg-boss, lib/jobs): "on" runs the worker inside the web server; "off" when a
  // separate `npm run worker` process does the work.
  MEND_WORKER: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on"),
  MEND_WORKER_POLL_SECONDS: z.coerce
    .number()
    .min(0.5, "must be at least 0.5 (seconds)")
    .max(60, "must be at most 60 (seconds)")
    .default(2),
  // Non-urgent email waits out this local-time window (each person's own time zone).
  QUIET_HOURS: z
    .string()
    .regex(
      /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/,
      "must be a local time window like 21:00-08:00",
    )
    .default("21:00-08:00"),
  // Clinicians get the next day's appointment digest from this local time the evening before.
  DIGEST_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a local time like 18:00")
    .default("18:00"),
  // How many reverse proxies in front of Mend append X-Forwarded-* headers. 0: nobody's forwarded
  // headers are believed (anyone can send them); 1: the nearest proxy's entry is, and so on. It
  // decides the client address (lib/http/request-meta.ts) and the accepted origins (lib/http/origin.ts).
  TRUSTED_PROXY_HOPS: z.coerce
    .number()
    .int()
    .min(0, "must be 0 or more")
    .max(5, "must be at most 5")
    .default(0),
});

export type ServerEnv = z.infer<typeof serverSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** One line per problem: `DATABASE_URL must be a PostgreSQL URL like ...`. */
export function describeEnvProblems(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`).join("\n");
}

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = serverSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(`Mend cannot start: ${describeEnvProblems(result.error)}`);
  }
  const env = result.data;
  // The outbox makes every email (reset links included) readable at /dev/outbox: never in a real
  // deployment. Production builds used by the test suite opt in explicitly.
  if (
    env.NODE_ENV === "production" &&
    env.MAIL_TRANSPORT === "outbox" &&
    source.MEND_OUTBOX_IN_PRODUCTION !== "1"
  ) {
    throw new EnvError(
      "Mend cannot start: MAIL_TRANSPORT must be smtp in production (set SMTP_URL); the outbox is for development and tests",
    );
  }
  if (env.MAIL_TRANSPORT === "smtp" && !env.SMTP_URL) {
    throw new EnvError(
      "Mend cannot start: SMTP_URL is required when MAIL_TRANSPORT=smtp (smtp://user:pass@host:587)",
    );
  }
  return env;
}

let cached: ServerEnv | undefined;

/** The validated environment, read once per process. */
export function env(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}

/** Tests that change process.env read it again with the next env() call. */
export function forgetEnv(): void {
  cached = undefined;
}
