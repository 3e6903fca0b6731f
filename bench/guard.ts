// Where the benchmarks may run (pure: unit-tested in tests/unit/bench).

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Benchmarks create, fill and drop databases: only on this machine, unless explicitly allowed. */
export function assertLocalServer(url: string, env: Record<string, string | undefined> = process.env): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host) && env.MEND_BENCH_ALLOW_REMOTE !== "1") {
    throw new Error(
      `Refusing to benchmark against a non-local database server (${host}). Set MEND_BENCH_ALLOW_REMOTE=1 to override.`,
    );
  }
}

export function serverUrlFromEnv(env: Record<string, string | undefined> = process.env): string {
  const url = env.DATABASE_URL;
  if (!url)
    throw new Error(
      "Set DATABASE_URL to a PostgreSQL server, e.g. postgresql://postgres@127.0.0.1:5432/postgres (the benchmark makes its own database there).",
    );
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new Error(
      "DATABASE_URL must be a postgresql:// URL (the benchmark needs a real PostgreSQL server).",
    );
  return url;
}
