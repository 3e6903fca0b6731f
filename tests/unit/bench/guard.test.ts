import { describe, expect, it } from "vitest";
import { assertLocalServer, serverUrlFromEnv } from "@/bench/guard";

describe("where the benchmarks may run", () => {
  it("accepts only a PostgreSQL server on this machine unless explicitly allowed", () => {
    expect(() => assertLocalServer("postgresql://postgres@127.0.0.1:5432/postgres", {})).not.toThrow();
    expect(() => assertLocalServer("postgresql://u@localhost/db", {})).not.toThrow();
    expect(() => assertLocalServer("postgresql://u@db.example.org:5432/mend", {})).toThrow(
      /non-local.*MEND_BENCH_ALLOW_REMOTE=1/,
    );
    expect(() =>
      assertLocalServer("postgresql://u@10.0.0.5/mend", { MEND_BENCH_ALLOW_REMOTE: "1" }),
    ).not.toThrow();
  });

  it("needs DATABASE_URL to name a PostgreSQL server", () => {
    expect(() => serverUrlFromEnv({})).toThrow(/Set DATABASE_URL/);
    expect(() => serverUrlFromEnv({ DATABASE_URL: "file:./dev.db" })).toThrow(/postgresql:\/\//);
    expect(serverUrlFromEnv({ DATABASE_URL: "postgres://u@127.0.0.1/x" })).toBe("postgres://u@127.0.0.1/x");
  });
});
