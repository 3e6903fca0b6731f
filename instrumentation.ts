// Runs once when the server starts. The Node.js-only part validates the environment: a missing or
// malformed setting stops the server with one clear line.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
