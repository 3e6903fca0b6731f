import { describe, expect, it } from "vitest";
import { isConnectionError, isIdempotentRead, READ_RETRIES, retryRead, retryStart } from "@/lib/db/retry";

const terminated = Object.assign(new Error("terminating connection due to administrator command"), {
  code: "57P01",
});
const wrapped = {
  name: "DriverAdapterError",
  message: "x",
  cause: { kind: "postgres", originalCode: "57P01", code: "57P01" },
};
const noWait = async () => {};

describe("which database errors mean the connection died", () => {
  it("recognises terminated, reset and closed connections, directly or wrapped by Prisma's adapter", () => {
    expect(isConnectionError(terminated)).toBe(true);
    expect(isConnectionError(wrapped)).toBe(true);
    expect(isConnectionError({ cause: { kind: "ConnectionClosed" } })).toBe(true);
    expect(isConnectionError(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("does not treat query errors as connection errors", () => {
    expect(isConnectionError(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isConnectionError({ cause: { kind: "UniqueConstraintViolation" } })).toBe(false);
    expect(isConnectionError(null)).toBe(false);
  });
});

describe("which statements are safe to run twice", () => {
  it("only plain reads", () => {
    expect(isIdempotentRead('SELECT "id", "updatedAt" FROM "Response" WHERE "id" = $1')).toBe(true);
    expect(isIdempotentRead("  WITH x AS (SELECT 1) SELECT * FROM x")).toBe(true);
    expect(isIdempotentRead('SELECT "id" FROM "Response" WHERE "recipientId" = $1 FOR UPDATE')).toBe(false);
    expect(
      isIdempotentRead('WITH x AS (UPDATE "Response" SET version = 1 RETURNING id) SELECT * FROM x'),
    ).toBe(false);
    expect(isIdempotentRead('INSERT INTO "AuditEvent" ("action") VALUES ($1) RETURNING "id"')).toBe(false);
    expect(isIdempotentRead('UPDATE "Response" SET "version" = 2')).toBe(false);
    expect(isIdempotentRead("SELECT nextval('s')")).toBe(false);
    expect(isIdempotentRead("SELECT pg_advisory_xact_lock(1)")).toBe(false);
    expect(isIdempotentRead("BEGIN")).toBe(false);
  });
});

describe("retrying reads", () => {
  it("runs a read again after a connection error, up to the limit", async () => {
    let calls = 0;
    const result = await retryRead(
      "SELECT 1",
      async () => {
        calls += 1;
        if (calls < 3) throw terminated;
        return "rows";
      },
      noWait,
    );
    expect(result).toBe("rows");
    expect(calls).toBe(3);

    let always = 0;
    await expect(
      retryRead(
        "SELECT 1",
        async () => {
          always += 1;
          throw terminated;
        },
        noWait,
      ),
    ).rejects.toBe(terminated);
    expect(always).toBe(READ_RETRIES + 1);
  });

  it("never repeats a write, and never retries other errors", async () => {
    let writes = 0;
    await expect(
      retryRead(
        "UPDATE x SET y = 1",
        async () => {
          writes += 1;
          throw terminated;
        },
        noWait,
      ),
    ).rejects.toBe(terminated);
    expect(writes).toBe(1);
    let reads = 0;
    const syntax = Object.assign(new Error("syntax error"), { code: "42601" });
    await expect(
      retryRead(
        "SELECT 1",
        async () => {
          reads += 1;
          throw syntax;
        },
        noWait,
      ),
    ).rejects.toBe(syntax);
    expect(reads).toBe(1);
  });
});

describe("starting a transaction", () => {
  it("tries a fresh connection when BEGIN met a dead one, and gives up on other errors", async () => {
    let calls = 0;
    expect(await retryStart(async () => (++calls < 2 ? Promise.reject(terminated) : "tx"), noWait)).toBe(
      "tx",
    );
    expect(calls).toBe(2);
    const refused = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    let tries = 0;
    await expect(
      retryStart(async () => {
        tries += 1;
        throw refused;
      }, noWait),
    ).rejects.toBe(refused);
    expect(tries).toBe(1);
  });
});
