import "server-only";
import { env } from "@/lib/env";
import { logError } from "@/lib/log";
import { startWorker, type RunningWorker } from "./worker";

// The worker that runs inside the web server process (called once from instrumentation-node.ts).
// Not during `next build`, not when MEND_WORKER=off (a separate `npm run worker` does the work),
// and at most once per process (dev reloads re-run module code).

const globalForWorker = globalThis as unknown as { mendAppWorker?: Promise<RunningWorker | null> };

export function startAppWorker(): void {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (env().MEND_WORKER === "off") return;
  globalForWorker.mendAppWorker ??= startWorker({
    pollingIntervalSeconds: env().MEND_WORKER_POLL_SECONDS,
  }).catch((error: unknown) => {
    // The site keeps serving; email waits until a worker runs (the scan catches up).
    logError("jobs.worker_start_failed", error);
    return null;
  });
}
