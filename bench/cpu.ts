import { readdirSync, readFileSync } from "node:fs";
import type pg from "pg";

// CPU time spent per request, read from /proc (Linux): the app server's process tree, and the
// PostgreSQL backends serving the benchmark database. Unlike latency, CPU per request hardly
// changes when other work shares the machine, so it shows the cost of an endpoint even on a busy
// machine. Null where /proc cannot be read (not Linux, or a remote database).

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime + stime of one process, in ms (fields 14 and 15 of /proc/<pid>/stat, after the comm field). */
export function parseStatCpuMs(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state): utime is field 14, stime field 15.
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

function parentOf(stat: string): number {
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

function readStat(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
}

/** CPU ms of a process and all its descendants. */
export function treeCpuMs(root: number): number | null {
  let pids: number[];
  try {
    pids = readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .map(Number);
  } catch {
    return null;
  }
  const stats = new Map<number, string>();
  for (const pid of pids) {
    const s = readStat(pid);
    if (s) stats.set(pid, s);
  }
  if (!stats.has(root)) return null;
  const children = new Map<number, number[]>();
  for (const [pid, s] of stats) {
    const parent = parentOf(s);
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += parseStatCpuMs(stats.get(pid)!);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** CPU ms of every PostgreSQL backend connected to `database` (the server must be on this machine). */
export async function backendsCpuMs(pool: pg.Pool, database: string): Promise<Map<number, number> | null> {
  const { rows } = await pool.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1", [
    database,
  ]);
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    const s = readStat(pid);
    if (s !== null) out.set(pid, parseStatCpuMs(s)); // a backend may end between the two reads
  }
  // None readable: the server is not on this machine (or /proc is not there).
  return rows.length > 0 && out.size === 0 ? null : out;
}

/** CPU used by backends between two snapshots (backends that came and went in between are missed). */
export function backendDelta(
  before: Map<number, number> | null,
  after: Map<number, number> | null,
): number | null {
  if (!before || !after) return null;
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
