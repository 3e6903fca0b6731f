import { env, EnvError } from "./lib/env";
import { installConnectionCapture } from "./lib/http/connection-capture";

try {
  env();
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

// Client addresses come from the connection (or a trusted proxy), never from a header a client set.
installConnectionCapture();

// Background jobs (lib/jobs, pg-boss): the worker runs inside the server, except during `next build`
// and when MEND_WORKER=off (a separate `npm run worker` process does the work then).
if (process.env.NEXT_PHASE !== "phase-production-build" && process.env.MEND_WORKER !== "off") {
  void import("./lib/jobs/app-worker").then(({ startAppWorker }) => startAppWorker());
}
