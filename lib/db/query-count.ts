import { AsyncLocalStorage } from "node:async_hooks";

// Counts the SQL statements a piece of work runs, so tests and benchmarks can pin "a fixed number
// of queries per page" (no N+1). Prisma reports each statement as a query event; the count goes to
// whichever unit of work is current in this async context.

// Kept on globalThis: the Prisma client is a process-wide singleton, and a test runner that loads
// this module more than once (one module registry per test file, one shared process) must still
// hand every copy the same store the client reports to.
const holder = globalThis as unknown as { mendQueryCount?: AsyncLocalStorage<{ queries: number }> };
const current = (holder.mendQueryCount ??= new AsyncLocalStorage<{ queries: number }>());

export function noteQuery(): void {
  const store = current.getStore();
  if (store) store.queries += 1;
}

export async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const store = { queries: 0 };
  const result = await current.run(store, work);
  return { result, queries: store.queries };
}
