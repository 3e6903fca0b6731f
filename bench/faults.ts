import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { assertLocalServer, dropDatabase, prepareDatabase, serverUrlFromEnv } from "./database";
import { DEFAULT_SIZES, scaleSizes } from "./plan";
import { machineLine, replaceSection, type Machine } from "./report";
import { benchPool, draftBody, findWriters, signInAll, versionFrom, type Writer } from "./scenario";
import { buildApp, startApp } from "./server";
import { percentile } from "./stats";
import { checkAcknowledged, problemBody, type SaveAttempt } from "./verify";

// `npm run bench:faults`: resilience under load, against the production build on a database of its
// own. Not part of `npm test` (its deterministic parts are tests/integration/db).
//  1. steady: N simulated clients autosave for S seconds: zero 5xx; every acknowledged save is in
//     the database afterwards;
//  2. kills: the same load while every PostgreSQL connection of the app is terminated, K times
//     (pg_terminate_backend): failures must be clean (no stack traces), the app must recover by
//     itself (time to the first success after each kill), acknowledged saves are kept, and nothing
//     is half-written (a submission is a revision + the copy's state + its audit event, or nothing);
//  3. double submit: the same submission sent twice at once makes one revision.

type Options = {
  clients: number;
  seconds: number;
  killSeconds: number;
  kills: number;
  intervalMs: number;
  port: number;
  distDir: string;
  reuseBuild: boolean;
  keep: boolean;
  poolMax: number;
  out: string;
  updateBenchmarks: boolean;
};

function parse(argv: readonly string[]): Options {
  const o: Options = {
    clients: 100,
    seconds: 60,
    killSeconds: 30,
    kills: 3,
    intervalMs: 1000,
    port: 3220,
    distDir: ".next-bench",
    reuseBuild: false,
    keep: false,
    poolMax: 10,
    out: "bench-results",
    updateBenchmarks: false,
  };
  const num = (flag: string, raw: string | undefined) => {
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number`);
    return n;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i]!;
    if (flag === "--clients") o.clients = Math.floor(num(flag, argv[++i]));
    else if (flag === "--seconds") o.seconds = num(flag, argv[++i]);
    else if (flag === "--kill-seconds") o.killSeconds = num(flag, argv[++i]);
    else if (flag === "--kills") o.kills = Math.floor(num(flag, argv[++i]));
    else if (flag === "--interval-ms") o.intervalMs = num(flag, argv[++i]);
    else if (flag === "--port") o.port = Math.floor(num(flag, argv[++i]));
    else if (flag === "--pool") o.poolMax = Math.floor(num(flag, argv[++i]));
    else if (flag === "--dist-dir") o.distDir = argv[++i] ?? o.distDir;
    else if (flag === "--out") o.out = argv[++i] ?? o.out;
    else if (flag === "--reuse-build") o.reuseBuild = true;
    else if (flag === "--keep") o.keep = true;
    else if (flag === "--update-benchmarks") o.updateBenchmarks = true;
    else throw new Error(`unknown flag ${flag}\n${FAULTS_HELP}`);
  }
  return o;
}

const FAULTS_HELP =
  "npm run bench:faults -- [--clients 100] [--seconds 60] [--kill-seconds 30] [--kills 3] [--interval-ms 1000] " +
  "[--port 3220] [--pool 10] [--dist-dir .next-bench] [--reuse-build] [--keep] [--out bench-results] [--update-benchmarks]";

type Sim = Writer & {
  attempts: SaveAttempt[];
  submits: { ok: boolean; created: boolean | null; status: number }[];
  n: number;
};

type Response = {
  at: number;
  sentAt: number;
  status: number;
  ms: number;
  kind: "save" | "submit";
  body: string;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One simulated client: a save every interval (jittered), with the version the server last answered; optionally a submit every `submitEvery` saves. */
async function simulate(
  baseUrl: string,
  sim: Sim,
  until: number,
  intervalMs: number,
  responses: Response[],
  submitEvery = 0,
): Promise<void> {
  await sleep(Math.random() * intervalMs);
  while (Date.now() < until) {
    sim.n += 1;
    const submitting = submitEvery > 0 && sim.n % submitEvery === 0;
    const body = draftBody(sim, sim.version, sim.n);
    const text = (JSON.parse(body) as { answers: Record<string, { value: string }> }).answers[
      sim.textPromptId
    ]!.value;
    const sentAt = Date.now();
    const attempt: SaveAttempt = { text, sentVersion: sim.version, ackVersion: null, submit: submitting };
    sim.attempts.push(attempt);
    let status = 0;
    let answer = "";
    try {
      const res = await fetch(
        `${baseUrl}/api/v1/assignments/${sim.assignmentId}/${submitting ? "submit" : "response"}`,
        {
          method: submitting ? "POST" : "PUT",
          headers: { "content-type": "application/json", origin: baseUrl, cookie: sim.cookie },
          body,
          signal: AbortSignal.timeout(30_000),
        },
      );
      status = res.status;
      answer = await res.text();
    } catch {
      status = 0; // no answer (connection error, timeout)
    }
    const now = Date.now();
    responses.push({
      at: now,
      sentAt,
      status,
      ms: now - sentAt,
      kind: submitting ? "submit" : "save",
      body: status >= 500 ? answer.slice(0, 2000) : "",
    });
    const version = versionFrom(answer);
    if (status === 200 && version !== null) {
      attempt.ackVersion = version;
      sim.version = version;
      if (submitting) {
        const created = (JSON.parse(answer) as { alreadySubmitted?: boolean }).alreadySubmitted === false;
        sim.submits.push({ ok: true, created, status });
      }
    } else {
      if (version !== null) sim.version = version; // 409 stale: continue from the server's copy
      if (submitting) sim.submits.push({ ok: false, created: null, status });
    }
    await sleep(intervalMs * (0.75 + Math.random() * 0.5));
  }
}

type PhaseStats = {
  requests: number;
  statuses: Record<string, number>;
  p50: number;
  p99: number;
  fiveXX: number;
  dirty5xx: string[];
};

function phaseStats(responses: Response[]): PhaseStats {
  const statuses: Record<string, number> = {};
  for (const r of responses)
    statuses[String(r.status || "no answer")] = (statuses[String(r.status || "no answer")] ?? 0) + 1;
  const ok = responses
    .filter((r) => r.status >= 200 && r.status < 300)
    .map((r) => r.ms)
    .sort((a, b) => a - b);
  const fives = responses.filter((r) => r.status >= 500);
  return {
    requests: responses.length,
    statuses,
    p50: percentile(ok, 50),
    p99: percentile(ok, 99),
    fiveXX: fives.length,
    dirty5xx: fives.map((r) => problemBody(r.body)).filter((p): p is string => p !== null),
  };
}

async function storedCopies(pool: pg.Pool, sims: readonly Sim[]) {
  const { rows } = await pool.query<{
    assignmentId: string;
    clientId: string;
    version: number;
    answers: Record<string, { value: unknown }>;
    state: string;
    submittedAt: Date | null;
    revisions: number;
    maxRevision: number | null;
    submittedMatches: boolean;
    audits: number;
  }>(
    `SELECT ar."assignmentId", ar."clientId", rs.version, rs.answers, ar.state, ar."submittedAt",
            (SELECT count(*)::int FROM "ResponseRevision" v WHERE v."responseId" = rs.id) AS revisions,
            (SELECT max(number) FROM "ResponseRevision" v WHERE v."responseId" = rs.id) AS "maxRevision",
            (ar."submittedAt" IS NULL OR EXISTS (SELECT 1 FROM "ResponseRevision" v WHERE v."responseId" = rs.id AND v."submittedAt" = ar."submittedAt")) AS "submittedMatches",
            (SELECT count(*)::int FROM "AuditEvent" e WHERE e.action = 'response.submitted' AND e."subjectId" = ar."assignmentId" AND e."clientId" = ar."clientId") AS audits
       FROM "AssignmentRecipient" ar JOIN "Response" rs ON rs."recipientId" = ar.id
      WHERE (ar."assignmentId", ar."clientId") IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [sims.map((s) => s.assignmentId), sims.map((s) => s.clientId)],
  );
  return new Map(rows.map((r) => [`${r.assignmentId}:${r.clientId}`, r]));
}

async function killBackends(admin: pg.Client, database: string): Promise<number> {
  const { rows } = await admin.query<{ killed: boolean }>(
    "SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [database],
  );
  return rows.filter((r) => r.killed).length;
}

async function main(): Promise<void> {
  if (process.argv.includes("--help")) {
    console.log(FAULTS_HELP);
    return;
  }
  const o = parse(process.argv.slice(2));
  const serverUrl = serverUrlFromEnv();
  assertLocalServer(serverUrl);
  const startedAt = new Date();
  const database = `mend_faults_${process.pid}`;
  const failures: string[] = [];
  const lines: string[] = [];
  const note = (line: string) => {
    console.log(line);
    lines.push(line);
  };
  const sizes = scaleSizes(DEFAULT_SIZES, 5);
  console.log(`Seeding ${JSON.stringify(sizes)} into ${database}; building into ${o.distDir}`);
  const [{ url }] = await Promise.all([
    prepareDatabase(serverUrl, database, sizes, console.log),
    buildApp(o.distDir, { reuse: o.reuseBuild, log: console.log }),
  ]);
  const app = await startApp({ port: o.port, databaseUrl: url, distDir: o.distDir, poolMax: o.poolMax });
  const pool = benchPool(url, 4);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  let machine: Machine | null = null;
  try {
    const cpus = os.cpus();
    machine = {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? "unknown",
      memoryGiB: os.totalmem() / 1024 ** 3,
      node: process.version,
      postgres: (await admin.query<{ server_version: string }>("SHOW server_version")).rows[0]!
        .server_version,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
    };
    const found = await findWriters(pool, o.clients + 20);
    if (found.length < o.clients + 20)
      throw new Error(`only ${found.length} open copies; need ${o.clients + 20}`);
    console.log(`Signing in ${found.length} clients over HTTP`);
    const signedIn = await signInAll(app.baseUrl, found, 4);
    const sims: Sim[] = signedIn.slice(0, o.clients).map((w) => ({ ...w, attempts: [], submits: [], n: 0 }));
    const doubles = signedIn.slice(o.clients);
    note(
      `Load average before: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(
          " / ",
        )}; ${o.clients} clients, one save each every ~${o.intervalMs} ms; server pool ${o.poolMax}.`,
    );

    // 1. steady
    const steady: Response[] = [];
    const until = Date.now() + o.seconds * 1000;
    await Promise.all(sims.map((s) => simulate(app.baseUrl, s, until, o.intervalMs, steady)));
    const s1 = phaseStats(steady);
    const acked1 = checkAcknowledged(sims, await storedCopies(pool, sims));
    note(
      `Steady (${o.seconds} s): ${s1.requests} saves, ${JSON.stringify(s1.statuses)}, p50 ${s1.p50.toFixed(0)} ms, p99 ${s1.p99.toFixed(0)} ms; ` +
        `${acked1.acknowledged} acknowledged saves, ${acked1.lost.length} missing from the database.`,
    );
    if (s1.fiveXX > 0) failures.push(`steady: ${s1.fiveXX} answers were 5xx`);
    if (acked1.lost.length)
      failures.push(`steady: acknowledged saves missing: ${acked1.lost.slice(0, 5).join("; ")}`);
    for (const s of sims) s.attempts = [];

    // 2. kills: every connection of the app's database terminated, `kills` times, spread over the phase.
    const before = await storedCopies(pool, sims);
    const killed: { at: number; backends: number }[] = [];
    const under: Response[] = [];
    const killUntil = Date.now() + o.killSeconds * 1000;
    const killer = (async () => {
      for (let k = 0; k < o.kills; k += 1) {
        await sleep(((o.killSeconds * 1000) / (o.kills + 1)) * (k === 0 ? 1 : 1));
        killed.push({ at: Date.now(), backends: await killBackends(admin, database) });
      }
    })();
    await Promise.all([
      ...sims.map((s) => simulate(app.baseUrl, s, killUntil, o.intervalMs, under, 7)),
      killer,
    ]);
    const s2 = phaseStats(under);
    const recovery = killed.map((k, i) => {
      const first = under
        .filter((r) => r.sentAt >= k.at && r.status >= 200 && r.status < 300)
        .sort((a, b) => a.at - b.at)[0];
      // Failures answered after this kill and before the next one (at most 10 s).
      const until = Math.min(k.at + 10_000, killed[i + 1]?.at ?? Number.POSITIVE_INFINITY);
      const failed = under.filter(
        (r) => r.at >= k.at && r.at < until && !(r.status >= 200 && r.status < 500),
      );
      return {
        backends: k.backends,
        recoveredMs: first ? first.at - k.at : null,
        failedRequests: failed.length,
      };
    });
    const after = await storedCopies(pool, sims);
    const acked2 = checkAcknowledged(sims, after);
    const partial: string[] = [];
    for (const s of sims) {
      const key = `${s.assignmentId}:${s.clientId}`;
      const row = after.get(key);
      const was = before.get(key);
      if (!row || !was) {
        partial.push(`${key}: missing`);
        continue;
      }
      if (row.version > 0 && row.state === "ASSIGNED")
        partial.push(`${key}: saved answers but still ASSIGNED`);
      if (!row.submittedMatches) partial.push(`${key}: submittedAt without its revision`);
      if (row.revisions !== (row.maxRevision ?? 0)) partial.push(`${key}: revision numbers not contiguous`);
      const newRevisions = row.revisions - was.revisions;
      const newAudits = row.audits - was.audits;
      if (newRevisions !== newAudits)
        partial.push(`${key}: ${newRevisions} new revisions but ${newAudits} submission audit events`);
      const ackedNew = s.submits.filter((x) => x.ok && x.created).length;
      const attempted = s.submits.length;
      if (newRevisions < ackedNew || newRevisions > attempted)
        partial.push(
          `${key}: ${newRevisions} new revisions for ${ackedNew} acknowledged / ${attempted} attempted submissions`,
        );
    }
    note(
      `Kills (${o.killSeconds} s, ${o.kills} x pg_terminate_backend on every connection of the database): ${s2.requests} requests, ${JSON.stringify(s2.statuses)}; ` +
        recovery
          .map(
            (r, i) =>
              `kill ${i + 1}: ${r.backends} backends, first success ${r.recoveredMs === null ? "never" : `${r.recoveredMs} ms`} after, ${r.failedRequests} failed`,
          )
          .join("; ") +
        `; ${acked2.acknowledged} acknowledged saves, ${acked2.lost.length} missing; ${partial.length} partial writes; ${s2.dirty5xx.length} 5xx bodies with internals.`,
    );
    if (recovery.some((r) => r.recoveredMs === null || r.recoveredMs > 10_000))
      failures.push("kills: the app did not recover within 10 s");
    if (acked2.lost.length)
      failures.push(`kills: acknowledged saves missing: ${acked2.lost.slice(0, 5).join("; ")}`);
    if (partial.length) failures.push(`kills: partial writes: ${partial.slice(0, 5).join("; ")}`);
    if (s2.dirty5xx.length)
      failures.push(`kills: 5xx answers with internals: ${s2.dirty5xx.slice(0, 3).join(" | ")}`);

    // 3. double submit
    const revisionsBefore = await storedCopies(
      pool,
      doubles.map((d) => ({ ...d, attempts: [], submits: [], n: 0 })),
    );
    const outcomes = await Promise.all(
      doubles.map(async (d) => {
        const body = draftBody(d, d.version, 1);
        const send = () =>
          fetch(`${app.baseUrl}/api/v1/assignments/${d.assignmentId}/submit`, {
            method: "POST",
            headers: { "content-type": "application/json", origin: app.baseUrl, cookie: d.cookie },
            body,
          }).then(async (r) => ({ status: r.status, body: await r.text() }));
        return Promise.all([send(), send()]);
      }),
    );
    const revisionsAfter = await storedCopies(
      pool,
      doubles.map((d) => ({ ...d, attempts: [], submits: [], n: 0 })),
    );
    const wrong = doubles.filter((d) => {
      const key = `${d.assignmentId}:${d.clientId}`;
      return (revisionsAfter.get(key)?.revisions ?? 0) - (revisionsBefore.get(key)?.revisions ?? 0) !== 1;
    });
    const statuses = outcomes
      .flat()
      .reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
    note(
      `Double submit: ${doubles.length} copies, each submitted twice at once: answers ${JSON.stringify(statuses)}; ${doubles.length - wrong.length} of ${doubles.length} made exactly one revision.`,
    );
    if (wrong.length) failures.push(`double submit: ${wrong.length} copies did not get exactly one revision`);
    if (outcomes.flat().some((r) => r.status >= 500)) failures.push("double submit: a 5xx answer");
    note(
      `Load average after: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" / ")}.`,
    );
  } finally {
    await pool.end().catch(() => undefined);
    await app.stop();
    await admin.end().catch(() => undefined);
    if (!o.keep) await dropDatabase(serverUrl, database).catch(() => undefined);
  }

  const verdictLine = failures.length ? `FAILED: ${failures.join(" | ")}` : "All resilience checks passed.";
  note(verdictLine);
  const markdown = [
    `Run on ${machine ? machineLine(machine) : "?"}.`,
    "",
    ...lines.map((l) => `- ${l}`),
    "",
  ].join("\n");
  mkdirSync(o.out, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
  writeFileSync(path.join(o.out, `faults-${stamp}.md`), markdown);
  writeFileSync(
    path.join(o.out, `faults-${stamp}.json`),
    JSON.stringify({ startedAt, machine, lines, failures }, null, 2),
  );
  if (o.updateBenchmarks) {
    const file = "docs/resilience.md";
    const current = existsSync(file) ? readFileSync(file, "utf8") : "# Resilience\n";
    writeFileSync(file, replaceSection(current, "faults", markdown));
  }
  process.exit(failures.length ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
