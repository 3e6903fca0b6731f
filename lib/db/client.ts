import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A Prisma client on `@prisma/adapter-pg`. The app uses the singleton in lib/db; scripts (seed,
 * benchmarks) and tests create their own with an explicit URL.
 * `max` is the pool size: 1 for PGlite's socket server, which serves one connection at a time.
 */
export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

export type { PrismaClient };
export { Prisma } from "@/lib/generated/prisma/client";
