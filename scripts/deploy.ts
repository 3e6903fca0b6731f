import { EnvError, parseServerEnv } from "@/lib/env";
import { runDeployStep } from "./deploy-step";

// Run before the server starts in a deployment (see Dockerfile): apply migrations, then load any new
// versions of the shipped exercise packs, under a PostgreSQL advisory lock so two instances
// starting at once take turns (scripts/deploy-step.ts). Demo data is never seeded here.
async function main(): Promise<void> {
  let env;
  try {
    env = parseServerEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { created } = await runDeployStep(env.DATABASE_URL);
  console.log(`Exercise packs loaded (${created} new version${created === 1 ? "" : "s"}).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `Deploy step failed: ${error.message}` : error);
  process.exit(1);
});
