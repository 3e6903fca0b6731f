import { EnvError, env } from "@/lib/env";
import { dbPool } from "@/lib/db";
import { startWorker } from "@/lib/jobs/worker";

// `npm run worker`: the background worker on its own, for deployments that scale it separately from
// the web servers (set MEND_WORKER=off on those). Same queues, same handlers; stops gracefully on
// SIGTERM/SIGINT (running jobs get up to 25 seconds; anything unfinished is retried later).

async function main(): Promise<void> {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const worker = await startWorker({ pollingIntervalSeconds: env().MEND_WORKER_POLL_SECONDS });
  console.log("Mend worker running. Ctrl-C to stop.");
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the worker...`);
    await worker.stop({ graceful: true, timeoutMs: 25_000 });
    await dbPool().end();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

void main();
