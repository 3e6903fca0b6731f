import { createPrismaClient } from "@/lib/db/client";
import { parseServerEnv } from "@/lib/env";
import { loadPacksLocked } from "@/scripts/deploy-step";
import { seedDemo } from "./seed-demo";

// `npm run db:seed`: the demo practice on a migrated database. Refused in production: demo accounts
// share one password. The exercise packs are loaded first, under the deploy lock, so a seed that
// meets a starting app instance takes turns with it.
async function main(): Promise<void> {
  if (process.env.NODE_ENV === "production") {
    console.error("Refusing to seed demo data with NODE_ENV=production.");
    process.exit(1);
  }
  const env = parseServerEnv({ NEXTAUTH_SECRET: "x".repeat(32), ...process.env });
  await loadPacksLocked(env.DATABASE_URL);
  const db = createPrismaClient(env.DATABASE_URL, 1);
  try {
    await seedDemo(db);
    console.log("Demo data is in place.");
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
