import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv } from "@/lib/env";

const valid = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/mend",
  NEXTAUTH_SECRET: "a".repeat(32),
};

describe("environment", () => {
  it("accepts a minimal valid environment and fills defaults", () => {
    const env = parseServerEnv(valid);
    expect(env).toMatchObject({
      DATABASE_POOL_MAX: 10,
      MAIL_TRANSPORT: "outbox",
      STAFF_IDLE_MINUTES: 30,
      NEXTAUTH_URL: "http://localhost:3000",
    });
  });

  it("names a malformed DATABASE_URL and says what it should look like, in one line", () => {
    expect(() => parseServerEnv({ ...valid, DATABASE_URL: "nonsense" })).toThrowError(
      /^Mend cannot start: DATABASE_URL must be a PostgreSQL URL like postgresql:\/\/user:password@host:5432\/mend$/,
    );
  });

  it("names a missing variable", () => {
    expect(() => parseServerEnv({ NEXTAUTH_SECRET: valid.NEXTAUTH_SECRET })).toThrowError(
      /DATABASE_URL is required/,
    );
    expect(() => parseServerEnv({ DATABASE_URL: valid.DATABASE_URL })).toThrowError(
      /NEXTAUTH_SECRET is required/,
    );
  });

  it("refuses a short secret, a bad number and SMTP without a URL", () => {
    expect(() => parseServerEnv({ ...valid, NEXTAUTH_SECRET: "short" })).toThrowError(
      /NEXTAUTH_SECRET must be at least 32/,
    );
    expect(() => parseServerEnv({ ...valid, DATABASE_POOL_MAX: "many" })).toThrowError(/DATABASE_POOL_MAX/);
    expect(() => parseServerEnv({ ...valid, MAIL_TRANSPORT: "smtp" })).toThrowError(/SMTP_URL is required/);
  });

  it("throws EnvError so start-up can print the message without a stack", () => {
    expect(() => parseServerEnv({})).toThrow(EnvError);
  });
});

describe("mail transport in production", () => {
  it("refuses the development outbox unless a test deployment opts in", () => {
    const production = { ...valid, NODE_ENV: "production" };
    expect(() => parseServerEnv(production)).toThrowError(/MAIL_TRANSPORT must be smtp in production/);
    expect(parseServerEnv({ ...production, MEND_OUTBOX_IN_PRODUCTION: "1" }).MAIL_TRANSPORT).toBe("outbox");
    expect(
      parseServerEnv({ ...production, MAIL_TRANSPORT: "smtp", SMTP_URL: "smtp://mail.example:587" })
        .MAIL_TRANSPORT,
    ).toBe("smtp");
  });
});
